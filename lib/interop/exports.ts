import "server-only";
import type { RequestMeta, StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { auditPatient } from "@/db/queries/audit";
import { clinicDiaryRows } from "@/db/queries/exports";
import { clinicTimeZone } from "@/db/queries/patients";
import { clinicPlans } from "@/db/queries/plans";
import { localDate } from "@/lib/domain/local-time";
import { clinicDiaryCsv, patientDiaryCsv } from "./csv/diary-csv";
import { loadExportRecord } from "./export-record";
import { patientBundle } from "./fhir/bundle";

/**
 * The three exports. Each reads with the actor's scope, answers null for anything outside it (the route
 * says 404) and records who exported what; a refused export writes nothing.
 */
export type ExportFile = { body: string; filename: string };

/** "Maria López" -> "maria-lopez", for file names. */
export function slug(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "patient"
  );
}

export async function patientFhirExport(
  db: Database,
  actor: StaffActor,
  patientId: string,
  meta: RequestMeta,
  now = new Date(),
): Promise<ExportFile | null> {
  const loaded = await loadExportRecord(db, actor, patientId, now);
  if (!loaded) return null;
  const bundle = patientBundle(loaded.record, loaded.today, now);
  await auditPatient(db, actor, patientId, meta, "patient.fhir.export", {
    format: "fhir-r4",
    resources: bundle.entry?.length ?? 0,
  });
  return {
    body: JSON.stringify(bundle, null, 2),
    filename: `fhir-${slug(loaded.patient.fullName)}-${loaded.today}.json`,
  };
}

export async function patientDiaryExport(
  db: Database,
  actor: StaffActor,
  patientId: string,
  meta: RequestMeta,
): Promise<ExportFile | null> {
  const loaded = await loadExportRecord(db, actor, patientId);
  if (!loaded) return null;
  const revisions = loaded.plan?.revisions ?? [];
  // Every activity the plan ever had, in the order it first appeared, so old days keep their columns.
  const activities = [
    ...new Map(revisions.flatMap((r) => r.activities).map((a) => [a.key, a] as const)).values(),
  ].map((a) => ({ key: a.key, name: a.name, unit: a.unit }));
  const body = patientDiaryCsv(loaded.entries, activities, revisions);
  await auditPatient(db, actor, patientId, meta, "patient.diary.export", {
    format: "csv",
    entries: loaded.entries.length,
  });
  return { body, filename: `diary-${slug(loaded.patient.fullName)}-${loaded.today}.csv` };
}

/** The whole clinic's diaries, for its admin only. */
export async function clinicDiaryExport(
  db: Database,
  actor: StaffActor,
  meta: RequestMeta,
): Promise<ExportFile | null> {
  const rows = await clinicDiaryRows(db, actor);
  if (!rows) return null;
  const plans = await clinicPlans(db, actor);
  const body = clinicDiaryCsv(rows, (patientId) =>
    (plans.get(patientId)?.revisions ?? []).flatMap((r) => r.activities),
  );
  await auditPatient(db, actor, null, meta, "clinic.diary.export", {
    format: "csv",
    entries: rows.length,
    patients: new Set(rows.map((r) => r.patientId)).size,
  });
  return { body, filename: `clinic-diary-${localDate(await clinicTimeZone(db, actor))}.csv` };
}
