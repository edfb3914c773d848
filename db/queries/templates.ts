import { and, asc, eq, isNull } from "drizzle-orm";
import type { StaffActor } from "../actor";
import type { Queryable } from "../client";
import type { TemplateActivity } from "../../lib/domain/graded-activity/types";
import { planTemplates, users } from "../schema";

/** The clinic's own templates (retired ones last) and the built-in ones, for the templates page. */
export async function listClinicTemplates(q: Queryable, actor: StaffActor) {
  const own = await q
    .select({
      id: planTemplates.id,
      name: planTemplates.name,
      description: planTemplates.description,
      activities: planTemplates.activities,
      version: planTemplates.version,
      retiredAt: planTemplates.retiredAt,
      createdById: planTemplates.createdById,
      createdByName: users.name,
    })
    .from(planTemplates)
    .leftJoin(users, eq(users.id, planTemplates.createdById))
    .where(eq(planTemplates.clinicId, actor.clinicId))
    .orderBy(asc(planTemplates.name));
  const builtIn = await q
    .select({ id: planTemplates.id, name: planTemplates.name, description: planTemplates.description })
    .from(planTemplates)
    .where(isNull(planTemplates.clinicId))
    .orderBy(asc(planTemplates.name));
  return { own, builtIn };
}

export async function insertTemplate(
  tx: Queryable,
  actor: StaffActor,
  values: { name: string; description: string; activities: TemplateActivity[] },
) {
  const [row] = await tx
    .insert(planTemplates)
    .values({ ...values, clinicId: actor.clinicId, createdById: actor.userId })
    .returning({ id: planTemplates.id });
  return row!.id;
}

/** Locks one of the clinic's own templates (never a built-in one: those are read-only), or null. */
export async function lockOwnTemplate(tx: Queryable, actor: StaffActor, templateId: string) {
  const [row] = await tx
    .select()
    .from(planTemplates)
    .where(and(eq(planTemplates.id, templateId), eq(planTemplates.clinicId, actor.clinicId)))
    .for("update");
  return row ?? null;
}

export async function updateOwnTemplate(
  tx: Queryable,
  actor: StaffActor,
  templateId: string,
  values: {
    name?: string;
    description?: string;
    activities?: TemplateActivity[];
    version: number;
    retiredAt?: Date;
  },
) {
  await tx
    .update(planTemplates)
    .set(values)
    .where(and(eq(planTemplates.id, templateId), eq(planTemplates.clinicId, actor.clinicId)));
}
