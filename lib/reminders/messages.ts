import { appOrigin } from "@/lib/auth/invite-url";
import type { ReminderKind } from "@/lib/domain/reminders/due";
import { oneClickUrl, reminderLinkUrl } from "./link-token";

/**
 * The words of a reminder. Never health information (no names, answers, pain or conditions): only that
 * something is waiting in Gradus, a link behind sign-in, and how to pause or stop.
 */
const LINES: Record<ReminderKind, string> = {
  diary: "Today's diary is not filled in yet.",
  questionnaire: "A short questionnaire is waiting for you.",
  check_in: "Your weekly questions are waiting for you.",
};

export function reminderPush(kind: ReminderKind) {
  return { title: "Gradus reminder", body: LINES[kind], url: "/portal", tag: "gradus-reminder" };
}

export function reminderEmail(kind: ReminderKind, token: string) {
  const open = `${appOrigin()}/portal`;
  const manage = reminderLinkUrl(token);
  const text = [
    "Hello,",
    "",
    `${LINES[kind]} Open Gradus to see it (you will be asked to sign in):`,
    open,
    "",
    "To pause reminders for a week, or to stop this kind of reminder, open:",
    manage,
    "",
    "You can also change reminders on the Reminders page in Gradus.",
  ].join("\n");
  const html = `<p>Hello,</p><p>${LINES[kind]} <a href="${open}">Open Gradus</a> to see it (you will be asked to sign in).</p><p><a href="${manage}">Pause reminders for a week, or stop this kind of reminder</a>.</p><p>You can also change reminders on the Reminders page in Gradus.</p>`;
  return {
    subject: "A reminder from Gradus",
    text,
    html,
    headers: {
      "List-Unsubscribe": `<${oneClickUrl(token)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
