import Link from "next/link";
import { describeRequest, type ChangeRequestReason } from "@/lib/domain/change-requests";

type Open = {
  id: string;
  patientId: string;
  patientName: string;
  activityKey: string | null;
  activityName: string;
  reason: ChangeRequestReason;
  suggestedAmount: number | null;
};

/** Open change requests on top of the triage list, each one click from its answer. */
export function OpenRequestsPanel({ requests }: { requests: Open[] }) {
  if (requests.length === 0) return null;
  return (
    <section
      aria-labelledby="open-requests-heading"
      className="rounded-xl border border-brand-300 bg-white p-4"
    >
      <h2 id="open-requests-heading" className="font-semibold">
        Change requests to answer ({requests.length})
      </h2>
      <ul className="mt-2 flex flex-col divide-y divide-slate-100">
        {requests.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <Link
                href={`/patients/${r.patientId}#change-requests`}
                className="font-medium text-brand-700 underline"
              >
                {r.patientName}
              </Link>{" "}
              · {describeRequest(r)}
              {r.suggestedAmount !== null ? ` (suggests ${r.suggestedAmount})` : ""}
            </span>
            <span className="flex gap-3 text-sm">
              <Link
                href={`/patients/${r.patientId}/plan?changeRequest=${r.id}&answer=accept`}
                className="font-medium text-brand-700 underline"
                aria-label={`Accept: ${r.patientName}, ${describeRequest(r)}`}
              >
                Accept
              </Link>
              <Link
                href={`/patients/${r.patientId}#change-requests`}
                className="font-medium text-brand-700 underline"
                aria-label={`Answer: ${r.patientName}, ${describeRequest(r)}`}
              >
                Adjust or decline
              </Link>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
