import { describe, expect, it } from "vitest";
import { isReplyOverdue, replyDueAt, suggestedMinutes } from "./messages";

const at = (iso: string) => new Date(iso);

describe("replyDueAt", () => {
  it("is the same time on the next weekday", () => {
    // Tuesday 2026-03-10 09:30 in London (GMT).
    expect(replyDueAt(at("2026-03-10T09:30:00Z"), "Europe/London").toISOString()).toBe(
      "2026-03-11T09:30:00.000Z",
    );
  });

  it("skips the weekend: a Friday message is due on Monday at the same time", () => {
    // Friday 2026-03-13 16:00 London.
    expect(replyDueAt(at("2026-03-13T16:00:00Z"), "Europe/London").toISOString()).toBe(
      "2026-03-16T16:00:00.000Z",
    );
    expect(isReplyOverdue(at("2026-03-13T16:00:00Z"), at("2026-03-14T17:00:00Z"), "Europe/London")).toBe(
      false,
    );
    expect(isReplyOverdue(at("2026-03-13T16:00:00Z"), at("2026-03-16T16:00:00Z"), "Europe/London")).toBe(
      false,
    );
    expect(isReplyOverdue(at("2026-03-13T16:00:00Z"), at("2026-03-16T16:00:01Z"), "Europe/London")).toBe(
      true,
    );
  });

  it("counts weekdays in the patient's zone, not UTC", () => {
    // Friday 2026-03-13 23:30 in Los Angeles is already Saturday in UTC; still a Friday message.
    expect(replyDueAt(at("2026-03-14T06:30:00Z"), "America/Los_Angeles").toISOString()).toBe(
      // Monday 2026-03-16 23:30 PDT (summer time began on the Sunday).
      "2026-03-17T06:30:00.000Z",
    );
  });

  it("a weekend message is due on Monday", () => {
    expect(replyDueAt(at("2026-03-15T10:00:00Z"), "Europe/London").toISOString()).toBe(
      "2026-03-16T10:00:00.000Z",
    );
  });

  it("keeps the local hour across a change of clocks", () => {
    // Friday 2026-03-27 10:00 GMT; London clocks go forward on Sunday the 29th: due Monday 10:00 BST.
    expect(replyDueAt(at("2026-03-27T10:00:00Z"), "Europe/London").toISOString()).toBe(
      "2026-03-30T09:00:00.000Z",
    );
  });
});

describe("suggestedMinutes", () => {
  it("rounds up to whole minutes within 1-120", () => {
    expect(suggestedMinutes(0, 5_000)).toBe(1);
    expect(suggestedMinutes(0, 125_000)).toBe(3);
    expect(suggestedMinutes(0, 10 * 3_600_000)).toBe(120);
  });
});
