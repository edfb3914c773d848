import "server-only";
import type { StaffActor } from "@/db/actor";
import type { Queryable } from "@/db/client";
import { openChangeRequestsByPatient, unseenFlareUpHolds } from "@/db/queries/change-requests";
import { clinicTriage } from "@/db/queries/triage";
import { describeRequest } from "@/lib/domain/change-requests";
import { SEVERITY_RANK } from "@/lib/domain/alerts";
import { localDate } from "@/lib/domain/local-time";
import { EMPTY_SUMMARY, triageRowFrom, type TriageRow } from "./summary";

export { RECENT_DAYS, type TriageRow } from "./summary";

/** Orders the list: most urgent first, an unacknowledged emergency red flag above every other critical alert. */
export function byUrgency(rows: TriageRow[]): TriageRow[] {
  const rank = (r: TriageRow) =>
    r.alerts[0]
      ? SEVERITY_RANK[r.alerts[0].severity] + (r.alerts[0].rule === "red_flag_emergency" ? -0.5 : 0)
      : 3;
  return rows.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (b.daysSinceLastEntry ?? -1) - (a.daysSinceLastEntry ?? -1) ||
      a.fullName.localeCompare(b.fullName) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * The clinic's patients with their open alerts, most urgent first: one read of the kept summaries, with the
 * clock-dependent rules evaluated against each patient's local today.
 */
export async function triageList(
  db: Queryable,
  actor: StaffActor,
  now = new Date(),
  onlyPatientId?: string,
): Promise<TriageRow[]> {
  const [rows, requests, holds] = await Promise.all([
    clinicTriage(db, actor, onlyPatientId),
    // Few rows, each read by an index on (clinic, open status): not (yet) kept in the summary.
    openChangeRequestsByPatient(db, actor, onlyPatientId),
    unseenFlareUpHolds(db, actor, onlyPatientId),
  ]);
  return byUrgency(
    // A patient with no row has no data yet: the empty summary.
    rows.map(({ summary, ...p }) =>
      triageRowFrom(p, summary ?? EMPTY_SUMMARY, localDate(p.timeZone, now), {
        openChangeRequests: requests
          .filter((r) => r.patientId === p.id)
          .map((r) => ({ description: describeRequest(r), askedOn: localDate(p.timeZone, r.createdAt) })),
        unseenFlareUpHold: holds.findLast((h) => h.patientId === p.id) ?? null,
      }),
    ),
  );
}

/** One patient's triage row (alerts, sparkline, adherence), or null outside the actor's clinic. */
export async function triageRow(
  db: Queryable,
  actor: StaffActor,
  patientId: string,
  now = new Date(),
): Promise<TriageRow | null> {
  return (await triageList(db, actor, now, patientId))[0] ?? null;
}
