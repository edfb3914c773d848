import "server-only";
import { auditSource, recordAudit } from "@/db/queries/audit";
import { getPlan } from "@/db/queries/plans";
import { insertTemplate, lockOwnTemplate, updateOwnTemplate } from "@/db/queries/templates";
import type { StaffContext } from "@/lib/actions/context";
import type { TemplateActivity } from "@/lib/domain/graded-activity/types";
import { UNIT_MAX } from "@/lib/domain/graded-activity/units";
import { conflict, fail, invalid, notFound, ok, type Result } from "@/lib/result/result";
import type { TemplateActivityEdit, TemplateTextInput } from "@/lib/validation/template";
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

/**
 * Edits one of the clinic's own templates on the version seen: its name and description and, when given,
 * each activity's name, goal, start percentage and instructions (the unit and progression stay). Built-in
 * templates are read-only (not found). Audited with before and after.
 */
export async function editTemplate(
  { db, actor, meta }: StaffContext,
  input: { templateId: string; version: number; activities?: TemplateActivityEdit[] } & TemplateTextInput,
): Promise<Result> {
  return db.transaction(async (tx) => {
    const template = await lockOwnTemplate(tx, actor, input.templateId);
    if (!template) return notFound("This template was not found in your clinic.");
    if (template.version !== input.version) return conflict(CHANGED);
    let activities: TemplateActivity[] | undefined;
    if (input.activities) {
      if (input.activities.length !== template.activities.length) return conflict(CHANGED);
      const tooBig: Record<string, string> = {};
      activities = template.activities.map((a, i) => {
        const edit = input.activities![i]!;
        if (edit.goal > UNIT_MAX[a.unit])
          tooBig[`activities.${i}.goal`] =
            `Use at most ${UNIT_MAX[a.unit].toLocaleString("en-GB")} ${a.unit}.`;
        return {
          ...a,
          name: edit.name,
          goal: edit.goal,
          startFraction: edit.startPercent / 100,
          instructions: edit.instructions,
        };
      });
      if (Object.keys(tooBig).length > 0) return invalid(tooBig);
      if (JSON.stringify(activities) === JSON.stringify(template.activities)) activities = undefined;
    }
    await updateOwnTemplate(tx, actor, template.id, {
      name: input.name,
      description: input.description,
      ...(activities ? { activities } : {}),
      version: template.version + 1,
    });
    await recordAudit(tx, {
      ...auditSource(actor, meta),
      action: "template.edit",
      details: {
        templateId: template.id,
        before: {
          name: template.name,
          description: template.description,
          ...(activities ? { activities: template.activities } : {}),
        },
        after: { name: input.name, description: input.description, ...(activities ? { activities } : {}) },
      },
    });
    return ok();
  });
}

const NOT_YOURS = "Only an admin or the clinician who saved this template can retire it.";

/**
 * Retires one of the clinic's own templates: no longer offered for new plans; plans made from it stay. Only
 * the clinic's admins and the clinician who saved it may.
 */
export async function retireTemplate(
  { db, actor, meta }: StaffContext,
  input: { templateId: string },
): Promise<Result> {
  return db.transaction(async (tx) => {
    const template = await lockOwnTemplate(tx, actor, input.templateId);
    if (!template) return notFound("This template was not found in your clinic.");
    if (actor.role !== "admin" && template.createdById !== actor.userId)
      return fail({ code: "forbidden", message: NOT_YOURS });
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
