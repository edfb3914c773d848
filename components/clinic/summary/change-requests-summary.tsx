import {
  describeRequest,
  type ChangeRequestReason,
  type ChangeRequestStatus,
} from "@/lib/domain/change-requests";
import { cell, headCell, SummarySection } from "./summary-section";

type Row = {
  id: string;
  activityKey: string | null;
  activityName: string;
  reason: ChangeRequestReason;
  suggestedAmount: number | null;
  status: ChangeRequestStatus;
  answerMessage: string | null;
  revisionNumber: number | null;
  askedOn: string;
};

const STATUS: Record<ChangeRequestStatus, string> = {
  open: "Waiting for an answer",
  accepted: "Accepted",
  adjusted: "Adjusted",
  declined: "Declined",
};

/** The patient's change requests and their answers (accepted and adjusted ones name their revision). */
export function ChangeRequestsSummary({ requests }: { requests: Row[] }) {
  if (requests.length === 0) return null;
  return (
    <SummarySection title="Change requests">
      <table className="w-full text-sm">
        <thead>
          <tr>
            <th className={headCell}>Asked</th>
            <th className={headCell}>Request</th>
            <th className={headCell}>Answer</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((r) => (
            <tr key={r.id}>
              <td className={cell}>{r.askedOn}</td>
              <td className={cell}>
                {describeRequest(r)}
                {r.suggestedAmount !== null ? ` (suggested ${r.suggestedAmount})` : ""}
              </td>
              <td className={cell}>
                {STATUS[r.status]}
                {r.revisionNumber !== null ? ` in revision ${r.revisionNumber}` : ""}
                {r.answerMessage ? `: “${r.answerMessage}”` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </SummarySection>
  );
}
