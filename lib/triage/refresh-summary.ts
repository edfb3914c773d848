import "server-only";
import type { Database, Queryable } from "@/db/client";
import {
  lockTriageSummary,
  patientsWithoutSummary,
  summaryInputs,
  writeTriageSummary,
} from "@/db/queries/triage";
import { KEPT_DAYS, summarize, type TriageSummary } from "./summary";

/**
 * Recomputes one patient's triage summary from their rows, inside the transaction of the write that changed
 * them. Every write that changes an alert input calls this (or, for a diary day, keeps the summary itself in
 * the same statement as the save: `lib/diary/save-entry.ts`). The row is locked first, so concurrent writes
 * of one patient refresh it in turn, each reading what the previous one committed.
 */
export async function refreshTriageSummary(
  tx: Queryable,
  scope: { clinicId: string; patientId: string },
): Promise<TriageSummary> {
  await lockTriageSummary(tx, scope);
  const summary = summarize(await summaryInputs(tx, scope, KEPT_DAYS));
  await writeTriageSummary(tx, scope, summary);
  return summary;
}

/**
 * Creates the summary of every patient who has none yet (a database from before the summaries, or rows
 * written in bulk by the demo seed or the benchmark): one transaction per patient. Run when the app starts.
 */
export async function backfillTriageSummaries(db: Database): Promise<number> {
  const missing = await patientsWithoutSummary(db);
  for (const scope of missing) await db.transaction((tx) => refreshTriageSummary(tx, scope));
  return missing.length;
}
