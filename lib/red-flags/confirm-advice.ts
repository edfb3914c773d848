import { confirmOwnAdvice } from "@/db/queries/red-flags";
import type { PatientContext } from "@/lib/actions/context";
import { notFound, ok, type Result } from "@/lib/result/result";

/** The patient confirms they read the urgent or emergency advice of one of their own reports (idempotent). */
export async function confirmAdvice({ db, actor, meta }: PatientContext, reportId: string): Promise<Result> {
  return (await confirmOwnAdvice(db, actor, reportId, meta)) ? ok() : notFound();
}
