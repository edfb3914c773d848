import { describe, expect, it } from "vitest";
import { DISCHARGE_REASONS, DISCHARGE_REASON_LABEL, episodeSpans, inEpisode } from "./episodes";

describe("episodes", () => {
  it("fills in the first episode for a patient without a stored one", () => {
    expect(episodeSpans([], "2026-03-01")).toEqual([{ number: 1, startedOn: "2026-03-01", endedOn: null }]);
  });

  it("orders stored episodes by number", () => {
    const spans = episodeSpans(
      [
        { number: 2, startedOn: "2026-06-01", endedOn: null },
        { number: 1, startedOn: "2026-01-01", endedOn: "2026-03-01" },
      ],
      "2026-01-01",
    );
    expect(spans.map((s) => s.number)).toEqual([1, 2]);
  });

  it("includes the first and last day of an episode, and an open one runs on", () => {
    const closed = { number: 1, startedOn: "2026-01-01", endedOn: "2026-03-01" };
    expect([
      inEpisode(closed, "2026-01-01"),
      inEpisode(closed, "2026-03-01"),
      inEpisode(closed, "2026-03-02"),
    ]).toEqual([true, true, false]);
    expect(inEpisode({ ...closed, endedOn: null }, "2030-01-01")).toBe(true);
  });

  it("words every reason", () => {
    for (const r of DISCHARGE_REASONS) expect(DISCHARGE_REASON_LABEL[r]).toMatch(/^[A-Z]/);
  });
});
