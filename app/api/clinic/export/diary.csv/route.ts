import { readDbFor } from "@/lib/auth/own-writes";
import { requestMeta } from "@/lib/auth/request-meta";
import { staffOrStatus } from "@/lib/auth/session";
import { attachment, notFound, refusal } from "@/lib/interop/download";
import { clinicDiaryExport } from "@/lib/interop/exports";

/** The whole clinic's diaries as one CSV, for the clinic's admin only (a clinician gets 404, like a patient). */
export async function GET() {
  const who = await staffOrStatus();
  if ("status" in who) return refusal(who.status);
  const file = await clinicDiaryExport(await readDbFor(who.actor), who.actor, await requestMeta());
  if (!file) return notFound();
  return attachment(file.body, "text/csv; charset=utf-8", file.filename);
}
