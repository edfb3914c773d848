import { NextResponse } from "next/server";
import { requestMeta } from "@/lib/auth/request-meta";
import { attachment, notFound, staffAndPatientId } from "@/lib/interop/download";
import { patientDiaryExport } from "@/lib/interop/exports";

/** One patient's whole diary as CSV, for staff of the patient's clinic; 404 for anyone else. Audited. */
export async function GET(_request: Request, { params }: { params: Promise<{ patientId: string }> }) {
  const access = await staffAndPatientId(params);
  if (access instanceof NextResponse) return access;
  const file = await patientDiaryExport(access.db, access.actor, access.patientId, await requestMeta());
  if (!file) return notFound();
  return attachment(file.body, "text/csv; charset=utf-8", file.filename);
}
