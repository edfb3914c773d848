import "server-only";
import { auditSource, recordAudit } from "@/db/queries/audit";
import { insertTemplate } from "@/db/queries/messages";
import type { StaffContext } from "@/lib/actions/context";
import { fail, ok, type Result } from "@/lib/result/result";
import type { MessageTemplateInput } from "@/lib/validation/message";

/** Adds a clinic reply template (admins only; the action's role checks that). */
export async function addTemplate(
  { db, actor, meta }: StaffContext,
  input: MessageTemplateInput,
): Promise<Result> {
  if (actor.role !== "admin") return fail({ code: "forbidden" });
  return db.transaction(async (tx) => {
    const row = await insertTemplate(tx, actor, input);
    await recordAudit(tx, {
      ...auditSource(actor, meta),
      action: "message_template.create",
      details: { templateId: row.id },
    });
    return ok();
  });
}
