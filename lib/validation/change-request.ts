import { z } from "zod";
import { activityKeyField } from "./activity-key";
import { nameText, plainText } from "./text";
import { CHANGE_REQUEST_REASONS, FLARE_UP_HOLD_MAX_DAYS } from "@/lib/domain/change-requests";
import { UNITS } from "@/lib/domain/graded-activity/units";

/** Form fields arrive as text; blank means "not given". */
const optionalWhole = (what: string, max: number) =>
  z.preprocess(
    (v) =>
      v === "" || v === null || v === undefined ? undefined : typeof v === "string" ? Number(v.trim()) : v,
    z
      .number({ error: `Enter ${what} as a number.` })
      .int("Use a whole number.")
      .min(1, "Use at least 1.")
      .max(max, `Use at most ${max.toLocaleString("en-GB")}.`)
      .optional(),
  );

/** The patient's request. `activity` is a plan activity's key, or "add" for a new activity. */
export const changeRequestInput = z
  .object({
    clientId: z.uuid("Reload the page and try again."),
    activity: z.union([z.literal("add"), activityKeyField], "Choose an activity."),
    reason: z.enum(CHANGE_REQUEST_REASONS, "Choose why."),
    newActivityName: nameText("Name the activity.").max(60, "Use at most 60 characters.").optional(),
    suggestedAmount: optionalWhole("the amount", 40_000),
    note: plainText().max(500, "Use at most 500 characters.").optional().default(""),
  })
  .superRefine((r, ctx) => {
    if (r.activity === "add" && !r.newActivityName)
      ctx.addIssue({
        code: "custom",
        path: ["newActivityName"],
        message: "Name the activity you want to add.",
      });
  })
  .transform((r) => ({
    clientId: r.clientId,
    activityKey: r.activity === "add" ? null : r.activity,
    newActivityName: r.activity === "add" ? (r.newActivityName ?? "") : null,
    reason: r.activity === "add" ? ("add_activity" as const) : r.reason,
    suggestedAmount: r.suggestedAmount ?? null,
    note: r.note,
  }));
export type ChangeRequestInput = z.output<typeof changeRequestInput>;

/** Declining needs a short message the patient reads. */
export const declineChangeRequestInput = z.object({
  requestId: z.uuid("Reload the page and try again."),
  message: plainText()
    .min(3, "Write a short message for the patient (at least 3 characters).")
    .max(500, "Use at most 500 characters."),
});
export type DeclineChangeRequestInput = z.output<typeof declineChangeRequestInput>;

/** The flare-up plan agreed in advance, set by the physio per patient. */
export const flareUpPlanInput = z
  .object({
    enabled: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
    maxDays: z.preprocess(
      (v) => (v === "" || v === undefined ? undefined : Number(v)),
      z
        .number({ error: "Enter the number of days." })
        .int("Use a whole number.")
        .min(1, "Use at least 1.")
        .max(FLARE_UP_HOLD_MAX_DAYS, `Use at most ${FLARE_UP_HOLD_MAX_DAYS}.`),
    ),
    plan: plainText().max(1000, "Use at most 1,000 characters."),
  })
  .superRefine((p, ctx) => {
    if (p.enabled && p.plan.length < 10)
      ctx.addIssue({ code: "custom", path: ["plan"], message: "Write the plan in a sentence or two." });
  });
export type FlareUpPlanInput = z.output<typeof flareUpPlanInput>;

/** The patient starts the agreed hold. */
export const flareUpHoldInput = z.object({
  clientId: z.uuid("Reload the page and try again."),
  days: z.preprocess(
    (v) => (v === "" || v === undefined ? undefined : Number(v)),
    z
      .number({ error: "Choose how many days." })
      .int("Choose how many days.")
      .min(1, "Choose how many days.")
      .max(FLARE_UP_HOLD_MAX_DAYS, "Choose how many days."),
  ),
});
export type FlareUpHoldInput = z.output<typeof flareUpHoldInput>;

/** An https link to a video; blank means none. */
export const videoUrlField = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v),
  z
    .url({
      protocol: /^https$/,
      hostname: z.regexes.domain,
      error: "Enter a web address starting with https://.",
    })
    .max(500, "Use at most 500 characters.")
    .optional(),
);

export const instructionsField = plainText().max(1000, "Use at most 1,000 characters.");

/** A clinic's own activity for the library. */
export const libraryActivityInput = z.object({
  name: nameText("Name the activity.").min(1, "Name the activity.").max(60, "Use at most 60 characters."),
  unit: z.enum(UNITS, "Choose a unit."),
  instructions: instructionsField.min(10, "Write how to do it in a sentence or two."),
  videoUrl: videoUrlField,
});
export type LibraryActivityInput = z.output<typeof libraryActivityInput>;
