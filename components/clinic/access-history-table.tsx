import type { AccessHistoryEntry } from "@/db/queries/audit";
import { alertRuleLabel } from "@/lib/domain/alert-labels";

/** What each audit action means, in words a clinician reads at a glance. */
const ACTION_LABELS: Record<string, string> = {
  "patient.view": "Opened the patient page",
  "patient.plan.view": "Opened the plan editor",
  "patient.series.view": "Viewed chart data",
  "patient.access_history.view": "Viewed this access history",
  "patient.create": "Added the patient",
  "invite.create": "Issued a portal invite",
  "invite.accept": "Set up their portal account",
  "invite.revoke": "Stopped the portal invite link",
  "plan.revision.create": "Changed the plan",
  "alert.acknowledge": "Acknowledged an alert",
  "diary.create": "Logged a diary day",
  "diary.update": "Changed a diary day",
  "portal.today.view": "Opened Today in the portal",
  "portal.diary.view": "Opened the diary list",
  "portal.diary_day.view": "Viewed a diary day",
  "portal.progress.view": "Viewed My progress",
  "portal.psfs.view": "Opened the activities questionnaire",
  "portal.advice.view": "Was shown safety advice",
  "patient.summary.view": "Opened the printable summary",
  "patient.fhir.export": "Exported the record (FHIR)",
  "patient.diary.export": "Exported the diary (CSV)",
  "measure.answer": "Answered a questionnaire",
  "red_flag.answer": "Answered the safety questions",
  "red_flag.patient_confirm": "Read the safety advice",
  "red_flag.acknowledge": "Reviewed a safety answer",
  "plan.pause": "Paused the plan",
  "plan.resume": "Resumed the plan",
  "goal.create": "Set a goal",
  "goal.agree": "Agreed a goal",
  "goal.status": "Changed a goal's status",
};

const ROLE_LABELS = { clinician: "Clinician", admin: "Clinic admin", patient: "Patient" } as const;

/** "Chrome on Android" from a user-agent string: enough to tell a phone from the clinic's desktop. */
export function describeBrowser(userAgent: string | null): string {
  if (!userAgent) return "Unknown browser";
  const browser =
    [
      ["Edg/", "Edge"],
      ["Firefox/", "Firefox"],
      ["Chrome/", "Chrome"],
      ["Safari/", "Safari"],
    ].find(([token]) => userAgent.includes(token!))?.[1] ?? "Other browser";
  const system =
    [
      ["Android", "Android"],
      ["iPhone", "iPhone"],
      ["iPad", "iPad"],
      ["Windows", "Windows"],
      ["Mac OS X", "macOS"],
      ["Linux", "Linux"],
    ].find(([token]) => userAgent.includes(token!))?.[1] ?? null;
  return system ? `${browser} on ${system}` : browser;
}

const RANGE_LABELS: Record<string, string> = {
  "2w": "last 2 weeks",
  "4w": "last 4 weeks",
  "12w": "last 12 weeks",
  all: "whole record",
};

function detailText(entry: Pick<AccessHistoryEntry, "details">): string | null {
  const d = entry.details ?? {};
  if (typeof d.date === "string") return `Day ${d.date}`;
  if (typeof d.range === "string") return `Range: ${RANGE_LABELS[d.range] ?? d.range}`;
  if (typeof d.rule === "string") return `Alert: ${alertRuleLabel(d.rule)}`;
  if (typeof d.number === "number") return `Revision ${d.number}`;
  return null;
}

/** The audit trail of one patient's record, newest first, with times in the clinic's zone. */
export function AccessHistoryTable({
  entries,
  timeZone,
}: {
  entries: AccessHistoryEntry[];
  timeZone: string;
}) {
  const when = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone,
  });
  if (entries.length === 0) return <p className="text-sm text-slate-600">Nothing recorded yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[640px] text-left text-sm">
        <caption className="sr-only">Who viewed or changed this record, newest first</caption>
        <thead className="text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-semibold">
              When
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              Who
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              What
            </th>
            <th scope="col" className="py-2 font-semibold">
              From
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {entries.map((e) => {
            const detail = detailText(e);
            return (
              <tr key={e.id} className="align-top">
                <td className="py-2 pr-3 whitespace-nowrap">
                  <time dateTime={e.at.toISOString()}>{when.format(e.at)}</time>
                </td>
                <td className="py-2 pr-3">
                  {e.actorName ?? "Unknown user"}
                  {e.actorRole ? (
                    <span className="block text-xs text-slate-600">{ROLE_LABELS[e.actorRole]}</span>
                  ) : null}
                </td>
                <td className="py-2 pr-3">
                  {ACTION_LABELS[e.action] ?? e.action}
                  {detail ? <span className="block text-xs text-slate-600">{detail}</span> : null}
                </td>
                <td className="py-2">
                  {e.ip ?? "Address not recorded"}
                  <span className="block text-xs text-slate-600">{describeBrowser(e.userAgent)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
