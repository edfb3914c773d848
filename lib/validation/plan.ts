import { z } from "zod";
import { activityKeyField } from "./activity-key";
import { instructionsField, videoUrlField } from "./change-request";
import { nameText, plainText } from "./text";
import { isLocalDate } from "@/lib/domain/calendar";
import {
  MAX_PERCENT_STEP,
  MAX_START_FRACTION,
  MIN_START_FRACTION,
  MIN_STEP_INTERVAL_DAYS,
} from "@/lib/domain/graded-activity/quota";
import { UNIT_MAX, UNITS } from "@/lib/domain/graded-activity/units";

/** Form fields arrive as text; blank means "not given" so the message says what is missing. */
export const num = (what: string, { min, max, int = true }: { min: number; max: number; int?: boolean }) =>
  z.preprocess(
    (v) =>
      v === "" || v === null || v === undefined ? undefined : typeof v === "string" ? Number(v.trim()) : v,
    z
      .number({
        error: (issue) => (issue.input === undefined ? `Enter ${what}.` : `Enter ${what} as a number.`),
      })
      .refine((n) => !int || Number.isInteger(n), "Use a whole number.")
      .refine((n) => n >= min, `Use at least ${min}.`)
      .refine((n) => n <= max, `Use at most ${max.toLocaleString("en-GB")}.`),
  );

export const localDateField = z.string().refine(isLocalDate, "Enter a date.");

const everyDays = num("how many days between steps", { min: MIN_STEP_INTERVAL_DAYS, max: 28 });

export const progressionInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("fixed"), step: num("the step size", { min: 1, max: 5000 }), everyDays }),
  z.object({
    kind: z.literal("percent"),
    percent: num("the percentage", { min: 1, max: MAX_PERCENT_STEP, int: false }),
    everyDays,
  }),
  z.object({ kind: z.literal("goal_date"), goalDate: localDateField }),
]);

export const planActivityInput = z
  .object({
    key: activityKeyField.optional(),
    name: nameText("Name the activity.").min(1, "Name the activity.").max(60, "Use at most 60 characters."),
    unit: z.enum(UNITS, "Choose a unit."),
    baselineMode: z.enum(["entered", "measure"]),
    baseline: z.unknown().optional(),
    // Graded activity starts below tolerance (see MAX_START_FRACTION): 100% is refused.
    startPercent: num("the start percentage", {
      min: MIN_START_FRACTION * 100,
      max: MAX_START_FRACTION * 100,
    }),
    progression: progressionInput,
    goal: num("the goal", { min: 1, max: 40_000 }),
    /** For an activity already in the plan: start this revision at today's quota rather than from baseline. */
    continueFromCurrent: z.boolean().optional(),
    /** What the patient sees beside the target: how to do it, what counts, how to measure. */
    instructions: instructionsField.optional().default(""),
    videoUrl: videoUrlField,
  })
  .superRefine((a, ctx) => {
    if (a.goal > UNIT_MAX[a.unit]) {
      ctx.addIssue({
        code: "custom",
        path: ["goal"],
        message: `Use at most ${UNIT_MAX[a.unit].toLocaleString("en-GB")} ${a.unit}.`,
      });
    }
    if (a.baselineMode === "entered") {
      const parsed = num("the baseline", { min: 0.1, max: UNIT_MAX[a.unit], int: false }).safeParse(
        a.baseline,
      );
      if (!parsed.success)
        ctx.addIssue({ code: "custom", path: ["baseline"], message: parsed.error.issues[0]!.message });
    }
  })
  .transform((a) => ({
    ...a,
    baseline: a.baselineMode === "entered" ? Number(a.baseline) : null,
    startFraction: a.startPercent / 100,
    videoUrl: a.videoUrl ?? null,
  }));

export type PlanActivityInput = z.infer<typeof planActivityInput>;

export const planInput = z.object({
  expectedVersion: z.number().int().min(0),
  effectiveFrom: localDateField,
  reason: plainText()
    .min(3, "Say briefly why (at least 3 characters).")
    .max(500, "Use at most 500 characters."),
  activities: z
    .array(planActivityInput)
    .min(1, "Add at least one activity.")
    .max(8, "Use at most 8 activities."),
});

export type PlanInput = z.infer<typeof planInput>;

export const flareUpInput = z.discriminatedUnion("response", [
  z.object({
    response: z.literal("hold"),
    days: num("the number of days", { min: 1, max: 28 }),
    reason: plainText().min(3, "Say briefly why (at least 3 characters).").max(500),
    expectedVersion: z.number().int().min(1),
  }),
  z.object({
    response: z.literal("step_back"),
    reason: plainText().min(3, "Say briefly why (at least 3 characters).").max(500),
    expectedVersion: z.number().int().min(1),
  }),
]);

export type FlareUpInput = z.infer<typeof flareUpInput>;
