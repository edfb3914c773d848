import type { OutcomeView } from "@/lib/outcomes/outcome-views";

const NAMES = {
  nrs: "Your average pain",
  psfs: "Activities you find hard",
  peg: "Your week with pain",
} as const;
const SCALE = {
  nrs: "0 is no pain",
  psfs: "10 is as well as before",
  peg: "0 is no pain or trouble",
} as const;

/** The patient's questionnaire scores in plain words: first, latest, and whether the change is one that matters. */
export function MyScores({ views }: { views: OutcomeView[] }) {
  const scored = views.filter((v) => v.trend.first !== null);
  if (scored.length === 0)
    return <p className="text-slate-600">Your scores will show here once you have some.</p>;
  return (
    <ul className="flex flex-col gap-3">
      {scored.map((v) => {
        const { first, latest } = v.trend;
        const change =
          v.trend.points.length < 2
            ? "This is your first score."
            : latest!.atBest && latest!.verdict !== "worse"
              ? v.measure === "nrs"
                ? "No pain on average this week. That is a full recovery on this scale."
                : "That is the best score on this scale."
              : latest!.verdict === "improved"
                ? "That is a change big enough to matter. Well done for keeping at it."
                : latest!.verdict === "worse"
                  ? "That has gone the wrong way. Your physio can see this too; talk it through with them."
                  : "Not a big change yet. Changes often take a few weeks.";
        return (
          <li key={v.measure}>
            <p className="font-semibold">
              {NAMES[v.measure]} <span className="font-normal text-slate-600">({SCALE[v.measure]})</span>
            </p>
            <p className="text-slate-700">
              First {first!.score.toFixed(1)}, now {latest!.score.toFixed(1)} out of 10. {change}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
