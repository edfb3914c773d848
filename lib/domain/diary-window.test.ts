import { describe, expect, it } from "vitest";
import { addDays } from "./calendar";
import { diaryDateProblem, editableDates, EDIT_WINDOW_DAYS } from "./diary-window";
import { localDate } from "./local-time";

describe("diary dates", () => {
  it("accepts today and the last 7 days, refuses the future and older days", () => {
    const today = "2026-03-10";
    expect(diaryDateProblem(today, today)).toBeNull();
    expect(diaryDateProblem(addDays(today, -EDIT_WINDOW_DAYS), today)).toBeNull();
    expect(diaryDateProblem(addDays(today, -EDIT_WINDOW_DAYS - 1), today)).toBe("too_old");
    expect(diaryDateProblem(addDays(today, 1), today)).toBe("future");
    expect(editableDates(today)).toHaveLength(EDIT_WINDOW_DAYS + 1);
  });

  it("judges 'today' in each patient's own zone at the same instant", () => {
    // 2026-03-10 11:30 UTC: 00:30 on the 11th in Auckland, 04:30 on the 10th in Los Angeles.
    const instant = new Date("2026-03-10T11:30:00Z");
    const auckland = localDate("Pacific/Auckland", instant);
    const losAngeles = localDate("America/Los_Angeles", instant);
    expect(auckland).toBe("2026-03-11");
    expect(losAngeles).toBe("2026-03-10");
    // The Auckland patient's "today" is still the future for the Los Angeles patient.
    expect(diaryDateProblem(auckland, auckland)).toBeNull();
    expect(diaryDateProblem(auckland, losAngeles)).toBe("future");
  });
});
