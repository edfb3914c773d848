import { z } from "zod";
import { nameText, plainText } from "./text";

/** A clinic's own plan template: its name and what it is for (the activities come from a plan). */
export const templateTextInput = z.object({
  name: nameText("Name the template.").min(1, "Name the template.").max(80, "Use at most 80 characters."),
  description: plainText()
    .min(1, "Say in a sentence what the template is for.")
    .max(300, "Use at most 300 characters."),
});
export type TemplateTextInput = z.output<typeof templateTextInput>;

export const editTemplateInput = templateTextInput.extend({
  templateId: z.uuid("Reload the page and try again."),
  version: z.coerce.number({ error: "Reload the page and try again." }).int().min(1).max(2_147_483_647),
});
export const retireTemplateInput = z.object({ templateId: z.uuid("Reload the page and try again.") });
