import { z } from "zod";
import { nameText } from "./text";
import { PSFS_ITEMS } from "@/lib/domain/outcomes/measures";
import { FABQ_ITEMS } from "@/lib/domain/outcomes/fabq";
import { WORK_STATUSES } from "@/lib/domain/outcomes/work-status";

const rating = (what: string) =>
  z.coerce
    .number({ error: `Choose ${what} from 0 to 10.` })
    .int(`Choose ${what} from 0 to 10.`)
    .min(0, `Choose ${what} from 0 to 10.`)
    .max(10, `Choose ${what} from 0 to 10.`);

const clientId = z.uuid("Missing submission id.");

/** PSFS at intake: 1-5 activities the patient finds hard, in their own words, each rated 0-10. */
export const psfsIntakeInput = z.object({
  clientId,
  items: z
    .array(
      z.object({
        activity: nameText("Name the activity.")
          .min(3, "Describe the activity in a few words.")
          .max(80, "Use at most 80 characters."),
        rating: rating("how well you can do it"),
      }),
    )
    .min(PSFS_ITEMS.min, "Name at least one activity.")
    .max(PSFS_ITEMS.max, `Name at most ${PSFS_ITEMS.max} activities.`)
    .refine(
      (items) => new Set(items.map((i) => i.activity.toLowerCase())).size === items.length,
      "Name each activity only once.",
    ),
});

/** A PSFS re-rating: one rating per intake activity, in the same order. */
export const psfsRerateInput = z.object({
  clientId,
  ratings: z.array(rating("how well you can do it")).min(PSFS_ITEMS.min).max(PSFS_ITEMS.max),
});

export const pegInput = z.object({
  clientId,
  pain: rating("your pain"),
  enjoyment: rating("how much pain got in the way of enjoying life"),
  activity: rating("how much pain got in the way of your general activity"),
});

/** Rows of the PSFS form (`activity.N`, `rating.N`); rows left wholly empty are dropped. */
export function psfsRowsFromForm(formData: FormData) {
  return Array.from({ length: PSFS_ITEMS.max }, (_, i) => ({
    activity: formData.get(`activity.${i}`),
    rating: formData.get(`rating.${i}`),
  })).filter((row) => (row.activity !== null && String(row.activity).trim() !== "") || row.rating !== null);
}

const agreement = z.coerce
  .number({ error: "Choose a number from 0 to 6." })
  .int("Choose a number from 0 to 6.")
  .min(0, "Choose a number from 0 to 6.")
  .max(6, "Choose a number from 0 to 6.");

/** The FABQ: all 16 items rated 0-6 (`item.N` in the form, N = 0..15). */
export const fabqInput = z.object({
  clientId,
  ratings: z.array(agreement).length(FABQ_ITEMS.length),
});

export function fabqRatingsFromForm(formData: FormData) {
  return FABQ_ITEMS.map((_, i) => formData.get(`item.${i}`) ?? undefined);
}

/**
 * Work status this week. Days off sick are asked unless the patient is not employed; off sick needs at
 * least one day. The days field of a "not employed" answer is ignored (the form hides it).
 */
export const workInput = z
  .object({
    clientId,
    status: z.enum(WORK_STATUSES, { error: "Choose what fits your work this week." }),
    daysOffSick: z.union([z.literal("").transform(() => null), z.null(), z.coerce.number()]).optional(),
  })
  .transform((v, ctx) => {
    if (v.status === "not_employed") return { clientId: v.clientId, status: v.status, daysOffSick: null };
    const d = v.daysOffSick;
    if (d === null || d === undefined || !Number.isInteger(d) || d < 0 || d > 7) {
      ctx.addIssue({
        code: "custom",
        path: ["daysOffSick"],
        message: "Choose a number of days from 0 to 7.",
      });
      return z.NEVER;
    }
    if (v.status === "off_sick" && d === 0) {
      ctx.addIssue({ code: "custom", path: ["daysOffSick"], message: "Off sick means at least 1 day off." });
      return z.NEVER;
    }
    return { clientId: v.clientId, status: v.status, daysOffSick: d };
  });
