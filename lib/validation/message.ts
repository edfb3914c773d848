import { z } from "zod";
import { MESSAGE_MAX_LENGTH } from "@/lib/domain/messages";
import { nameText, plainText } from "./text";

const clientId = z.uuid({ error: "Reload the page and try again." });

const body = plainText()
  .min(1, "Write your message first.")
  .max(MESSAGE_MAX_LENGTH, `Use at most ${MESSAGE_MAX_LENGTH} characters.`);

/** A message as the patient's device or the clinician's reply form sends it: its own id and the text. */
export const messageInput = z.object({ clientId, body });
export type MessageInput = z.output<typeof messageInput>;

/** A clinic reply template, kept by an admin. */
export const messageTemplateInput = z.object({
  title: nameText("Give the template a title.")
    .min(1, "Give the template a title.")
    .max(80, "Use at most 80 characters."),
  body: plainText()
    .min(1, "Write the template's text.")
    .max(MESSAGE_MAX_LENGTH, `Use at most ${MESSAGE_MAX_LENGTH} characters.`),
});
export type MessageTemplateInput = z.output<typeof messageTemplateInput>;

export const messageTemplateIdInput = z.object({
  templateId: z.uuid({ error: "Reload the page and try again." }),
});
