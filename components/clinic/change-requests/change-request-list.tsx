import { ButtonLink } from "@/components/ui/button";
import {
  describeRequest,
  type ChangeRequestReason,
  type ChangeRequestStatus,
} from "@/lib/domain/change-requests";
import type { FormAction } from "@/lib/forms/form-state";
import { DeclineForm } from "./decline-form";

export type ClinicRequest = {
  id: string;
  activityKey: string | null;
  activityName: string;
  reason: ChangeRequestReason;
  suggestedAmount: number | null;
  unitLabel: string | null;
  note: string;
  status: ChangeRequestStatus;
  answerMessage: string | null;
  askedOn: string;
  revisionNumber: number | null;
  /** The last two weeks of the activity: amount done against the quota, oldest first. */
  recent: { date: string; done: number | null; quota: number | null }[];
};

const ANSWERED: Record<Exclude<ChangeRequestStatus, "open">, string> = {
  accepted: "Accepted",
  adjusted: "Adjusted",
  declined: "Declined",
};

/** The patient's change requests: open ones with Accept, Adjust and Decline; answered ones with the answer. */
export function ChangeRequestList({
  patientId,
  requests,
  decline,
}: {
  patientId: string;
  requests: ClinicRequest[];
  decline: FormAction;
}) {
  if (requests.length === 0) return <p className="text-sm text-slate-600">No change requests.</p>;
  return (
    <ul className="flex flex-col gap-4">
      {requests.map((r) => (
        <li key={r.id} className="rounded-lg border border-slate-200 p-3">
          <p className="font-medium">{describeRequest(r)}</p>
          <p className="text-sm text-slate-600">
            Asked {r.askedOn}
            {r.suggestedAmount !== null ? ` · suggests ${r.suggestedAmount} ${r.unitLabel ?? ""} a day` : ""}
          </p>
          {r.note ? <p className="mt-1 text-sm">&ldquo;{r.note}&rdquo;</p> : null}
          {r.recent.length > 0 ? (
            <table className="mt-2 w-full text-xs">
              <caption className="text-left text-slate-600">
                {r.activityName}, last two weeks (done / quota)
              </caption>
              <tbody>
                <tr className="flex flex-wrap gap-x-3 gap-y-1">
                  {r.recent.map((d) => (
                    <td key={d.date} className="tabular-nums">
                      <span className="text-slate-500">{d.date.slice(5)}</span> {d.done ?? "–"}/
                      {d.quota ?? "–"}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          ) : null}
          {r.status === "open" ? (
            <div className="mt-3 flex flex-col gap-3">
              <div className="flex flex-wrap gap-2">
                <ButtonLink href={`/patients/${patientId}/plan?changeRequest=${r.id}&answer=accept`}>
                  Accept
                </ButtonLink>
                <ButtonLink
                  href={`/patients/${patientId}/plan?changeRequest=${r.id}&answer=adjust`}
                  variant="secondary"
                >
                  Adjust
                </ButtonLink>
              </div>
              <details>
                <summary className="cursor-pointer text-sm font-medium">Decline with a message</summary>
                <div className="mt-2">
                  <DeclineForm decline={decline} requestId={r.id} label={r.activityName} />
                </div>
              </details>
            </div>
          ) : (
            <p className="mt-2 text-sm">
              <strong>{ANSWERED[r.status]}</strong>
              {r.revisionNumber !== null ? ` in revision ${r.revisionNumber}` : ""}
              {r.answerMessage ? `: “${r.answerMessage}”` : ""}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
