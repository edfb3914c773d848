import {
  answerForPatient,
  REASON_FOR_PATIENT,
  type ChangeRequestReason,
  type ChangeRequestStatus,
} from "@/lib/domain/change-requests";

type Request = {
  id: string;
  activityName: string;
  reason: ChangeRequestReason;
  suggestedAmount: number | null;
  status: ChangeRequestStatus;
  answerMessage: string | null;
  askedOn: string;
};

/** The patient's requests: waiting, then the physio's answer in plain words. */
export function MyChangeRequests({
  requests,
  clinicianName,
}: {
  requests: Request[];
  clinicianName: string;
}) {
  if (requests.length === 0) return <p className="text-slate-700">You have not asked for a change yet.</p>;
  return (
    <ul className="flex flex-col gap-3" aria-label="Your requests">
      {requests.map((r) => (
        <li key={r.id} className="rounded-xl border border-slate-200 bg-white p-4">
          <p className="font-semibold">
            {r.activityName}: {REASON_FOR_PATIENT[r.reason].toLowerCase()}
          </p>
          <p className="text-sm text-slate-600">Asked on {r.askedOn}</p>
          <p className={`mt-2 ${r.status === "open" ? "text-amber-800" : "text-slate-900"}`}>
            {answerForPatient({ status: r.status, answerMessage: r.answerMessage, clinicianName })}
          </p>
          {r.answerMessage ? <p className="mt-1 text-slate-900">&ldquo;{r.answerMessage}&rdquo;</p> : null}
        </li>
      ))}
    </ul>
  );
}
