import { describe, expect, it } from "vitest";
import { careStartDate, rangeStartInCare } from "./care-start";

describe("careStartDate", () => {
  it("is the day the patient was added when nothing came before it", () => {
    expect(careStartDate({ addedOn: "2026-03-10" })).toBe("2026-03-10");
    expect(careStartDate({ addedOn: "2026-03-10", firstPlanDay: "2026-03-12", firstEntryDay: null })).toBe(
      "2026-03-10",
    );
  });
  it("reaches back to a back-dated plan or diary day", () => {
    expect(careStartDate({ addedOn: "2026-03-10", firstPlanDay: "2026-03-01" })).toBe("2026-03-01");
    expect(
      careStartDate({ addedOn: "2026-03-10", firstPlanDay: "2026-03-05", firstEntryDay: "2026-03-03" }),
    ).toBe("2026-03-03");
  });
});

describe("rangeStartInCare", () => {
  const to = "2026-03-31";
  it("keeps a range that starts within care", () => {
    expect(rangeStartInCare("2026-03-04", to, "2026-03-04")).toBe("2026-03-04");
    expect(rangeStartInCare("2026-03-04", to, "2026-03-03")).toBe("2026-03-04");
  });
  it("starts on the first day of care when the range reaches back before it (a patient who joined today)", () => {
    expect(rangeStartInCare("2026-03-04", to, "2026-03-05")).toBe("2026-03-05");
    expect(rangeStartInCare("2026-03-04", to, to)).toBe(to);
  });
  it("never starts after the range's end", () => {
    expect(rangeStartInCare("2026-03-04", to, "2026-04-01")).toBe(to);
  });
});
