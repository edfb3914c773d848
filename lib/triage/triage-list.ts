import "server-only";
import type { StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { clinicTriage } from "@/db/queries/triage";
import { SEVERITY_RANK } from "@/lib/domain/alerts";
import { localDate } from "@/lib/domain/local-time";
import { readBesideSummary } from "./beside-summary";
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
  db: Database,
  actor: StaffActor,
  now = new Date(),
  onlyPatientId?: string,
): Promise<TriageRow[]> {
  const [rows, beside] = await Promise.all([
    clinicTriage(db, actor, onlyPatientId),
    readBesideSummary(db, actor, now, onlyPatientId),
  ]);
  return byUrgency(
    // A patient with no row has no data yet: the empty summary.
    rows.map(({ summary, ...p }) =>
      triageRowFrom(p, summary ?? EMPTY_SUMMARY, localDate(p.timeZone, now), beside(p)),
    ),
  );
}

/** One patient's triage row (alerts, sparkline, adherence), or null outside the actor's clinic. */
export async function triageRow(
  db: Database,
  actor: StaffActor,
  patientId: string,
  now = new Date(),
): Promise<TriageRow | null> {
  return (await triageList(db, actor, now, patientId))[0] ?? null;
}
