import { z } from "zod";
import { nameText } from "./text";
import { PSFS_ITEMS } from "@/lib/domain/outcomes/measures";

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
