import "server-only";
import { auditSource, recordAudit } from "@/db/queries/audit";
import { deleteTemplate as removeTemplate } from "@/db/queries/messages";
import type { StaffContext } from "@/lib/actions/context";
import { fail, notFound, ok, type Result } from "@/lib/result/result";

/** Deletes one of the clinic's reply templates; messages already sent keep their text. */
export async function deleteTemplate(
  { db, actor, meta }: StaffContext,
  input: { templateId: string },
): Promise<Result> {
  if (actor.role !== "admin") return fail({ code: "forbidden" });
  return db.transaction(async (tx) => {
    if (!(await removeTemplate(tx, actor, input.templateId))) return notFound();
    await recordAudit(tx, {
      ...auditSource(actor, meta),
      action: "message_template.delete",
      details: { templateId: input.templateId },
    });
    return ok();
  });
}
