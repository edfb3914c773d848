import { z } from "zod";
import { MAX_START_FRACTION, MIN_START_FRACTION } from "@/lib/domain/graded-activity/quota";
import { instructionsField } from "./change-request";
import { num } from "./plan";
import { nameText, plainText } from "./text";

/** A clinic's own plan template: its name and what it is for (the activities come from a plan). */
export const templateTextInput = z.object({
  name: nameText("Name the template.").min(1, "Name the template.").max(80, "Use at most 80 characters."),
  description: plainText()
    .min(1, "Say in a sentence what the template is for.")
    .max(300, "Use at most 300 characters."),
});
export type TemplateTextInput = z.output<typeof templateTextInput>;

/**
 * What may change in one of a template's activities: its name, goal, start percentage and instructions. The
 * unit and the progression stay as saved (a different unit is a different activity: save a plan again).
 */
export const templateActivityEdit = z.object({
  name: nameText("Name the activity.").min(1, "Name the activity.").max(60, "Use at most 60 characters."),
  goal: num("the goal", { min: 1, max: 40_000 }),
  startPercent: num("the start percentage", { min: MIN_START_FRACTION * 100, max: MAX_START_FRACTION * 100 }),
  instructions: instructionsField,
});
export type TemplateActivityEdit = z.output<typeof templateActivityEdit>;

export const MAX_TEMPLATE_ACTIVITIES = 8;

export const editTemplateInput = templateTextInput.extend({
  templateId: z.uuid("Reload the page and try again."),
  version: z.coerce.number({ error: "Reload the page and try again." }).int().min(1).max(2_147_483_647),
  /** Left out: the activities stay as they are. */
  activities: z.array(templateActivityEdit).max(MAX_TEMPLATE_ACTIVITIES).optional(),
});
export const retireTemplateInput = z.object({ templateId: z.uuid("Reload the page and try again.") });
