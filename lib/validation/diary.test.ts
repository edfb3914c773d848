import { describe, expect, it } from "vitest";
import { diaryInput, NOTE_MAX } from "./diary";

const valid = {
  clientId: "0b5e8f4c-3f2a-4d7e-9a1b-2c3d4e5f6a7b",
  baseVersion: 0,
  painNow: 4,
  painAverage: 5,
  sleepQuality: 6,
  stress: null,
  medicationTaken: true,
  medicationNote: "  ibuprofen 400 mg ",
  flareUp: false,
  note: "",
  activities: [{ key: "walking", amount: 20 }],
};

describe("diaryInput", () => {
  it("accepts a full day and tidies the text", () => {
    expect(diaryInput.parse(valid)).toMatchObject({ medicationNote: "ibuprofen 400 mg", note: null });
  });

  it.each([
    ["painNow", { painNow: 11 }],
    ["painNow", { painNow: -1 }],
    ["painAverage", { painAverage: 4.5 }],
    ["painNow", { painNow: "7" }],
    ["sleepQuality", { sleepQuality: 12 }],
    ["note", { note: "x".repeat(NOTE_MAX + 1) }],
    ["clientId", { clientId: "not-a-uuid" }],
    ["activities", { activities: [{ key: "walking", amount: -5 }] }],
    ["activities", { activities: [{ key: "walking", amount: 3.5 }] }],
    ["activities", { activities: [{ key: "'; DROP TABLE", amount: 1 }] }],
    [
      "activities",
      {
        activities: [
          { key: "walking", amount: 1 },
          { key: "walking", amount: 2 },
        ],
      },
    ],
  ])("refuses a bad %s", (field, patch) => {
    const result = diaryInput.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });
});
