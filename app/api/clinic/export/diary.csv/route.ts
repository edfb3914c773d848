import { getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { clinicDiaryRows } from "@/db/queries/exports";
import { clinicPlans } from "@/db/queries/plans";
import { clinicTimeZone } from "@/db/queries/patients";
import { requestMeta } from "@/lib/auth/request-meta";
import { staffOrStatus } from "@/lib/auth/session";
import { localDate } from "@/lib/domain/local-time";
import { clinicDiaryCsv } from "@/lib/interop/csv/diary-csv";
import { attachment, notFound, refusal } from "@/lib/interop/download";

/** The whole clinic's diaries as one CSV, for the clinic's admin only (a clinician gets 404, like a patient). */
export async function GET() {
  const who = await staffOrStatus();
  if ("status" in who) return refusal(who.status);
  const { actor } = who;
  const db = await getDb();
  const rows = await clinicDiaryRows(db, actor);
  if (!rows) return notFound();
  const plans = await clinicPlans(db, actor);
  const activitiesOf = (patientId: string) =>
    (plans.get(patientId)?.revisions ?? []).flatMap((r) => r.activities);
  const csv = clinicDiaryCsv(rows, activitiesOf);
  await recordAudit(db, {
    action: "clinic.diary.export",
    actorUserId: actor.userId,
    clinicId: actor.clinicId,
    ip: (await requestMeta()).ip,
    details: { format: "csv", entries: rows.length, patients: new Set(rows.map((r) => r.patientId)).size },
  });
  return attachment(
    csv,
    "text/csv; charset=utf-8",
    `clinic-diary-${localDate(await clinicTimeZone(db, actor))}.csv`,
  );
}
