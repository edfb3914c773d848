import { z } from "zod";
import { plainText } from "./text";
import { activityKeyField } from "./activity-key";
import { localDateField } from "./plan";

const description = plainText()
  .min(3, "Describe the goal in the patient's words.")
  .max(200, "Use at most 200 characters.");

const target = z.coerce
  .number({ error: "Enter a target number." })
  .min(0, "The target cannot be negative.")
  .max(40_000, "That target is too large.");

/**
 * A SMART goal as the clinician enters it. What it is measured by decides the target's scale: pain and
 * PSFS are 0-10; an activity goal names one of the plan's activities (checked against the plan).
 */
export const goalInput = z
  .discriminatedUnion("measure", [
    z.object({
      measure: z.literal("activity"),
      activityKey: activityKeyField,
      description,
      target,
      targetDate: localDateField,
    }),
    z.object({
      measure: z.literal("pain"),
      description,
      target: target.max(10, "Pain is 0 to 10."),
      targetDate: localDateField,
    }),
    z.object({
      measure: z.literal("work"),
      description,
      // 2 = back at full hours, 1 = back at the agreed reduced hours (WORK_TARGET_LEVEL).
      target: z.coerce
        .number()
        .pipe(z.union([z.literal(1), z.literal(2)], { error: "Choose full or reduced hours." })),
      targetDate: localDateField,
    }),
    z.object({
      measure: z.literal("psfs"),
      description,
      target: target.max(10, "PSFS is 0 to 10."),
      targetDate: localDateField,
    }),
  ])
  .and(
    // Sent by the form so a retried "Add goal" is stored once; callers without one get no such protection.
    z.object({ clientId: z.uuid("Missing submission id.").optional() }),
  )
  .transform((g) => ({
    ...g,
    activityKey: g.measure === "activity" ? g.activityKey : null,
    clientId: g.clientId ?? null,
  }));

export type GoalInput = z.output<typeof goalInput>;

export const goalStatusInput = z.object({
  goalId: z.uuid(),
  status: z.enum(["active", "achieved", "stopped"]),
  version: z.coerce.number().int().min(1),
});

export type GoalStatusInput = z.output<typeof goalStatusInput>;
