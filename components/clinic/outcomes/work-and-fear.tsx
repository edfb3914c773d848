import { formatLocalDate } from "@/lib/domain/calendar";
import { FABQ_CUTOFFS } from "@/lib/domain/outcomes/fabq";
import type { Screens } from "@/lib/domain/outcomes/screens";
import { SUSTAINED_RETURN_DAYS, WORK_STATUS_LABEL } from "@/lib/domain/outcomes/work-status";

/** How many recent weeks of work status the table shows (the printed summary keeps it short too). */
const WEEKS_SHOWN = 8;

function Subscale({
  name,
  value,
  cut,
}: {
  name: string;
  value: number;
  cut: { above: number; max: number; source: string };
}) {
  const high = value > cut.above;
  return (
    <li className="flex flex-wrap items-baseline gap-x-2">
      <span className="font-medium">{name}:</span>
      <span>
        {value} / {cut.max}
      </span>
      <span
        className={`rounded px-1.5 text-xs font-semibold ring-1 ring-inset ${high ? "bg-amber-50 text-amber-900 ring-amber-300" : "bg-slate-50 text-slate-700 ring-slate-200"}`}
      >
        {high ? "High" : "Not high"} (cut-off &gt; {cut.above})
      </span>
      <span className="text-xs text-slate-600">{cut.source}</span>
    </li>
  );
}

/**
 * The psychosocial screen (FABQ at intake) and return to work (weekly status, days off sick), for the patient
 * page and the printed summary (`compact` drops the explanations).
 */
export function WorkAndFear({ screens, compact = false }: { screens: Screens; compact?: boolean }) {
  const { fabq, work, fullReturn } = screens;
  const weeks = work.slice(-WEEKS_SHOWN);
  return (
    <div className={`grid gap-4 ${compact ? "grid-cols-2 text-xs" : "text-sm lg:grid-cols-2"}`}>
      <div>
        <h3 className="font-semibold">Fear-avoidance beliefs (FABQ)</h3>
        {fabq ? (
          <>
            <p className="text-slate-700">Answered at intake on {formatLocalDate(fabq.takenOn)}.</p>
            <ul className="mt-1 flex flex-col gap-1">
              <Subscale name="Work" value={fabq.work} cut={FABQ_CUTOFFS.work} />
              <Subscale
                name="Physical activity"
                value={fabq.physicalActivity}
                cut={FABQ_CUTOFFS.physicalActivity}
              />
            </ul>
            {!compact ? (
              <p className="mt-1 text-xs text-slate-600">
                A high work score predicts a slower return to work: consider addressing fear of work and
                activity early (NICE NG59). Waddell et al., Pain 1993.
              </p>
            ) : null}
          </>
        ) : (
          <p className="text-slate-600">Not answered yet (the portal asks at intake).</p>
        )}
      </div>
      <div>
        <h3 className="font-semibold">Work</h3>
        {weeks.length === 0 ? (
          <p className="text-slate-600">No work status yet (the portal asks weekly).</p>
        ) : (
          <>
            <p className="text-slate-700">
              Now: <span className="font-medium">{WORK_STATUS_LABEL[weeks.at(-1)!.status]}</span>
              {fullReturn.returnedOn
                ? fullReturn.sustained
                  ? `; back at full hours since ${formatLocalDate(fullReturn.returnedOn)} (sustained ${SUSTAINED_RETURN_DAYS} days)`
                  : `; full hours since ${formatLocalDate(fullReturn.returnedOn)}, counts as returned from ${formatLocalDate(fullReturn.sustainedOn!)}`
                : ""}
              .
            </p>
            <table className="mt-1 w-full">
              <caption className="sr-only">Work status and days off sick by week</caption>
              <thead>
                <tr className="text-left text-slate-600">
                  <th scope="col" className="pr-3 font-medium">
                    Week to
                  </th>
                  <th scope="col" className="pr-3 font-medium">
                    Status
                  </th>
                  <th scope="col" className="font-medium">
                    Days off sick (of 7)
                  </th>
                </tr>
              </thead>
              <tbody>
                {weeks.map((w) => (
                  <tr key={w.date} className="border-t border-slate-100">
                    <td className="pr-3">{formatLocalDate(w.date)}</td>
                    <td className="pr-3">{WORK_STATUS_LABEL[w.status]}</td>
                    <td>
                      {w.daysOffSick === null ? (
                        "n/a"
                      ) : (
                        <span className="inline-flex items-center gap-2">
                          <span
                            aria-hidden
                            className="inline-block h-2 rounded bg-amber-500"
                            style={{ width: `${w.daysOffSick * 8}px` }}
                          />
                          {w.daysOffSick}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </div>
  );
}
