import "server-only";
import { auditSource, recordAudit } from "@/db/queries/audit";
import { getPlan } from "@/db/queries/plans";
import { insertTemplate, lockOwnTemplate, updateOwnTemplate } from "@/db/queries/templates";
import type { StaffContext } from "@/lib/actions/context";
import { conflict, notFound, ok, type Result } from "@/lib/result/result";
import type { TemplateTextInput } from "@/lib/validation/template";
import { templateActivities } from "./template-from-plan";

/**
 * Saves a patient's current plan (its latest revision) as one of the clinic's templates: the activities,
 * start fractions and progressions, never the patient's baseline or name. Audited.
 */
export async function saveTemplateFromPlan(
  { db, actor, meta }: StaffContext,
  input: { patientId: string } & TemplateTextInput,
): Promise<Result<{ templateId: string }>> {
  const plan = await getPlan(db, actor, input.patientId);
  const latest = plan?.revisions.at(-1);
  // Another clinic's patient and a patient without a plan read alike (the button shows only beside a plan).
  if (!latest) return notFound();
  return db.transaction(async (tx) => {
    const templateId = await insertTemplate(tx, actor, {
      name: input.name,
      description: input.description,
      activities: templateActivities(latest.effectiveFrom, latest.activities),
    });
    await recordAudit(tx, {
      ...auditSource(actor, meta),
      action: "template.create",
      details: { templateId, fromPatientId: input.patientId, revision: latest.number },
    });
    return ok({ templateId });
  });
}

const CHANGED = "Someone changed this template since you opened the page. Reload it and try again.";

/** Renames or re-describes one of the clinic's own templates (built-in ones are read-only: not found). */
export async function editTemplate(
  { db, actor, meta }: StaffContext,
  input: { templateId: string; version: number } & TemplateTextInput,
): Promise<Result> {
  return db.transaction(async (tx) => {
    const template = await lockOwnTemplate(tx, actor, input.templateId);
    if (!template) return notFound("This template was not found in your clinic.");
    if (template.version !== input.version) return conflict(CHANGED);
    await updateOwnTemplate(tx, actor, template.id, {
      name: input.name,
      description: input.description,
      version: template.version + 1,
    });
    await recordAudit(tx, {
      ...auditSource(actor, meta),
      action: "template.edit",
      details: {
        templateId: template.id,
        before: { name: template.name, description: template.description },
        after: { name: input.name, description: input.description },
      },
    });
    return ok();
  });
}

/** Retires one of the clinic's own templates: no longer offered for new plans; plans made from it stay. */
export async function retireTemplate(
  { db, actor, meta }: StaffContext,
  input: { templateId: string },
): Promise<Result> {
  return db.transaction(async (tx) => {
    const template = await lockOwnTemplate(tx, actor, input.templateId);
    if (!template) return notFound("This template was not found in your clinic.");
    if (template.retiredAt) return conflict("This template is already retired.");
    await updateOwnTemplate(tx, actor, template.id, { retiredAt: new Date(), version: template.version + 1 });
    await recordAudit(tx, {
      ...auditSource(actor, meta),
      action: "template.retire",
      details: { templateId: template.id },
    });
    return ok();
  });
}
