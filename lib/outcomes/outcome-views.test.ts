import { describe, expect, it } from "vitest";
import type { MeasureResponse } from "@/db/queries/outcomes";
import { outcomeViews } from "./outcome-views";

const psfs = (takenOn: string, ratings: number[]): MeasureResponse => ({
  id: takenOn,
  instrument: "psfs",
  takenOn,
  answers: ratings.map((rating, i) => ({ activity: `activity ${i}`, rating })),
  score: ratings.reduce((a, b) => a + b, 0) / ratings.length,
});

describe("outcomeViews", () => {
  it("says in words whether the change reached the MIC, and lists single activities moved by 3+", () => {
    const views = outcomeViews([psfs("2026-03-01", [2, 3, 4]), psfs("2026-03-15", [6, 5, 4])], []);
    const view = views.find((v) => v.measure === "psfs")!;
    expect(view.verdict).toBe(
      "Improved by at least the minimal important change (2 points on the mean): 3.0 to 5.0 (+2.0); first reached on 15 Mar.",
    );
    expect(view.itemChanges).toEqual([{ activity: "activity 0", change: 4 }]);
  });

  it("says when there is no important change yet, and when there are no scores", () => {
    const diary = [
      { date: "2026-03-01", painAverage: 6 },
      { date: "2026-03-09", painAverage: 5 },
    ];
    const views = outcomeViews([], diary);
    expect(views.find((v) => v.measure === "nrs")!.verdict).toBe(
      "No important change yet (needs 2 points or 30%): 6.0 to 5.0 (-1.0).",
    );
    expect(views.find((v) => v.measure === "peg")!.verdict).toBe("No scores yet.");
  });
});
