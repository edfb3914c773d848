import { NextResponse } from "next/server";
import { recordAudit } from "@/db/queries/audit";
import { requestMeta } from "@/lib/auth/request-meta";
import { patientDiaryCsv } from "@/lib/interop/csv/diary-csv";
import { attachment, notFound, slug, staffAndPatientId } from "@/lib/interop/download";
import { loadExportRecord } from "@/lib/interop/export-record";

/** One patient's whole diary as CSV, for a clinician or admin of the patient's clinic; 404 for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ patientId: string }> }) {
  const access = await staffAndPatientId(params);
  if (access instanceof NextResponse) return access;
  const { actor, db, patientId } = access;
  const loaded = await loadExportRecord(db, actor, patientId);
  if (!loaded) return notFound();
  const revisions = loaded.plan?.revisions ?? [];
  // Every activity the plan ever had, in the order it first appeared, so old days keep their columns.
  const activities = [
    ...new Map(revisions.flatMap((r) => r.activities).map((a) => [a.key, a] as const)).values(),
  ].map((a) => ({ key: a.key, name: a.name, unit: a.unit }));
  const csv = patientDiaryCsv(loaded.entries, activities, revisions);
  await recordAudit(db, {
    action: "patient.diary.export",
    actorUserId: actor.userId,
    clinicId: actor.clinicId,
    patientId,
    ip: (await requestMeta()).ip,
    details: { format: "csv", entries: loaded.entries.length },
  });
  return attachment(
    csv,
    "text/csv; charset=utf-8",
    `diary-${slug(loaded.patient.fullName)}-${loaded.today}.csv`,
  );
}
