import { describe, expect, it } from "vitest";
import { diaryInput } from "./diary";
import { goalInput } from "./goal";
import { addPatientSchema } from "./patient";
import { redFlagAckInput } from "./red-flags";
import { nameText, plainText, UNUSUAL_CHARACTERS } from "./text";

describe("plainText", () => {
  it.each([
    ["a NUL (PostgreSQL cannot store it: the diary PUT answered 500)", "nul\u0000inside"],
    ["a lone high surrogate (stored as U+FFFD, so the entry differed from what was acknowledged)", "\uD800a"],
    ["a lone low surrogate", "x\uDFFFy"],
    ["a bell or escape sequence", "\u0007\u001b[31m"],
  ])("refuses %s", (_why, text) => {
    const parsed = plainText().safeParse(text);
    expect(parsed.error?.issues[0]?.message).toBe(UNUSUAL_CHARACTERS);
  });

  it("keeps line breaks, emoji, accents, right-to-left text and markup as typed (markup is escaped on output)", () => {
    const text = "Line one\nLine two\twith tab 👩‍⚕️ é שלום <script>alert(1)</script>";
    expect(plainText().parse(`  ${text} `)).toBe(text);
  });
});

describe("nameText", () => {
  const name = nameText("Enter a name.").min(1, "Enter a name.");

  it.each([
    ["only zero-width characters", "\u200B\u200C"],
    ["a right-to-left override", "Ana\u202Eevil"],
    ["a line break", "Ana\nLopez"],
  ])("refuses a name with %s", (_why, text) => {
    expect(name.safeParse(text).success).toBe(false);
  });

  it("accepts names in any script", () => {
    expect(name.parse(" Zoë O'Neill-Ng ")).toBe("Zoë O'Neill-Ng");
    expect(name.parse("سارة")).toBe("سارة");
  });
});

describe("schemas use it (regression cases from the fuzzers)", () => {
  it("a diary note with a NUL is refused before it reaches the database", () => {
    const entry = {
      clientId: "5b0c8a1e-2f4d-4c6b-9a8e-1d2c3b4a5f60",
      baseVersion: 0,
      painNow: 1,
      painAverage: 1,
      sleepQuality: null,
      stress: null,
      medicationTaken: true,
      medicationNote: "\uD800a\uDFFF\uD800éZ😀'",
      flareUp: false,
      note: "a\u0000b",
      activities: [],
    };
    const parsed = diaryInput.safeParse(entry);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["medicationNote", "note"]);
  });

  it("a patient name with a NUL is refused", () => {
    const parsed = addPatientSchema.safeParse({
      fullName: "x\u0000y",
      email: "x@mail.example",
      timeZone: "UTC",
      condition: "",
      primaryClinicianId: "2d6f1c1e-7b1a-4a53-9a55-7f3c2b8e4d10",
    });
    expect(parsed.error?.issues[0]?.path).toEqual(["fullName"]);
  });
});

describe("the clinical forms added later use it too", () => {
  it("a goal description or a red-flag acknowledgement with a NUL is refused", () => {
    const goal = goalInput.safeParse({
      measure: "pain",
      description: "Sleep\u0000well",
      target: 2,
      targetDate: "2030-01-01",
    });
    expect(goal.error?.issues[0]?.message).toBe(UNUSUAL_CHARACTERS);
    const ack = redFlagAckInput.safeParse({
      reportId: "5b0c8a1e-2f4d-4c6b-9a8e-1d2c3b4a5f60",
      note: "Phoned\u0000",
    });
    expect(ack.error?.issues[0]?.message).toBe(UNUSUAL_CHARACTERS);
  });
});
