import { NextResponse } from "next/server";
import { recordAudit } from "@/db/queries/audit";
import { requestMeta } from "@/lib/auth/request-meta";
import { attachment, notFound, slug, staffAndPatientId } from "@/lib/interop/download";
import { loadExportRecord } from "@/lib/interop/export-record";
import { patientBundle } from "@/lib/interop/fhir/bundle";

/** One patient's record as a FHIR R4 Bundle, for staff of the patient's clinic; 404 for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ patientId: string }> }) {
  const access = await staffAndPatientId(params);
  if (access instanceof NextResponse) return access;
  const { actor, db, patientId } = access;
  const now = new Date();
  const loaded = await loadExportRecord(db, actor, patientId, now);
  if (!loaded) return notFound();
  const bundle = patientBundle(loaded.record, loaded.today, now);
  await recordAudit(db, {
    action: "patient.fhir.export",
    actorUserId: actor.userId,
    clinicId: actor.clinicId,
    patientId,
    ip: (await requestMeta()).ip,
    details: { format: "fhir-r4", resources: bundle.entry?.length ?? 0 },
  });
  return attachment(
    JSON.stringify(bundle, null, 2),
    "application/fhir+json; charset=utf-8",
    `fhir-${slug(loaded.patient.fullName)}-${loaded.today}.json`,
  );
}
