import { formatLocalDate } from "@/lib/domain/calendar";
import type { OutcomeRow } from "@/lib/reports/progress-summary";
import { cell, headCell, SummarySection } from "./summary-section";

const verdictText = {
  improved: "Improved",
  worse: "Worse",
  no_important_change: "No important change",
} as const;

const score = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const signed = (n: number) => (n > 0 ? `+${score(n)}` : score(n));

/** Each outcome's first and latest score, the change, and whether it reaches the minimal important change. */
export function OutcomesSummary({ rows }: { rows: OutcomeRow[] }) {
  return (
    <SummarySection title="Outcome scores">
      <table className="w-full text-xs">
        <thead>
          <tr>
            <th className={headCell}>Measure</th>
            <th className={headCell}>First</th>
            <th className={headCell}>Latest</th>
            <th className={headCell}>Change</th>
            <th className={headCell}>MIC</th>
            <th className={headCell}>Against the MIC</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.measure} className="border-t border-slate-100">
              <td className={cell}>{r.label}</td>
              {r.first && r.latest ? (
                <>
                  <td className={`${cell} whitespace-nowrap`}>
                    {score(r.first.score)}{" "}
                    <span className="text-xs text-slate-600">{formatLocalDate(r.first.date)}</span>
                  </td>
                  <td className={`${cell} whitespace-nowrap`}>
                    {score(r.latest.score)}{" "}
                    <span className="text-xs text-slate-600">{formatLocalDate(r.latest.date)}</span>
                  </td>
                  <td className={cell}>{r.count > 1 ? signed(r.latest.change) : "-"}</td>
                  <td className={`${cell} whitespace-nowrap text-xs`}>{r.micText}</td>
                  <td className={`${cell} font-medium`}>
                    {r.count > 1
                      ? r.latest.atBest && r.latest.verdict !== "worse"
                        ? "At the best score"
                        : verdictText[r.latest.verdict]
                      : "One score so far"}
                  </td>
                </>
              ) : (
                <td className={`${cell} text-slate-600`} colSpan={5}>
                  Not recorded yet
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </SummarySection>
  );
}
