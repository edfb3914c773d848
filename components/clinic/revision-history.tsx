import type { StoredRevision } from "@/db/queries/plans";
import { formatLocalDate } from "@/lib/domain/calendar";
import { describeChanges } from "@/lib/domain/graded-activity/describe";

const kindLabel: Record<StoredRevision["kind"], string> = {
  initial: "Plan created",
  edit: "Plan revised",
  hold: "Flare-up: quotas held",
  step_back: "Flare-up: stepped back",
  baseline_confirmed: "Baseline confirmed",
};

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** Who changed what, when and why; newest first. */
export function RevisionHistory({ revisions }: { revisions: StoredRevision[] }) {
  const items = revisions
    .map((r, i) => ({
      r,
      changes: describeChanges(revisions[i - 1]?.activities ?? [], r.activities, r.effectiveFrom),
    }))
    .reverse();
  return (
    <ol className="flex flex-col gap-4">
      {items.map(({ r, changes }) => (
        <li key={r.number} className="border-l-2 border-brand-100 pl-4">
          <p className="text-sm font-semibold">
            {kindLabel[r.kind]}
            {r.kind === "hold" ? ` for ${r.holdDays} days` : ""}{" "}
            <span className="font-normal text-slate-600">
              · from {formatLocalDate(r.effectiveFrom, "long")}
            </span>
          </p>
          <p className="text-xs text-slate-600">
            Revision {r.number} by {r.authorName}, {when.format(r.createdAt)}
          </p>
          <p className="mt-1 text-sm text-slate-800">“{r.reason}”</p>
          {changes.length > 0 ? (
            <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
              {changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
