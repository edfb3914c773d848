/**
 * The wording of every email, in one place. Short, plain, and never any health information: no names,
 * answers, conditions or clinic names (which could tell a reader someone is in care) — only what to do and a
 * link behind sign-in, built from APP_URL (lib/auth/invite-url.ts).
 */
export type EmailContent = { subject: string; text: string; html: string };

const escape = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function build(subject: string, paragraphs: string[], link: { url: string; label: string }): EmailContent {
  const [first, ...rest] = paragraphs;
  const text = [first, link.url, ...rest].join("\n\n") + "\n\n— Gradus\n";
  const html = [
    `<p>${escape(first ?? "")}</p>`,
    `<p><a href="${escape(link.url)}">${escape(link.label)}</a></p>`,
    ...rest.map((p) => `<p>${escape(p)}</p>`),
    "<p>— Gradus</p>",
  ].join("\n");
  return { subject, text, html };
}

export function inviteEmail({ url, days }: { url: string; days: number }): EmailContent {
  return build(
    "Your invite to Gradus",
    [
      "You have been invited to Gradus. Open this link to choose a password and set up your account:",
      `The link works for ${days} days and only once.`,
      "If you did not expect this email, you can ignore it.",
    ],
    { url, label: "Set up your account" },
  );
}

export function passwordResetEmail({ url }: { url: string }): EmailContent {
  return build(
    "Reset your Gradus password",
    [
      "Someone asked to reset the password of your Gradus account. Open this link to choose a new password:",
      "The link works for one hour and only once. Choosing a new password signs you out everywhere else.",
      "If this was not you, ignore this email: your password stays the same.",
    ],
    { url, label: "Choose a new password" },
  );
}

/** Sent to the new address only: whoever reads it there confirms it is theirs. */
export function emailChangeEmail({ url, hours }: { url: string; hours: number }): EmailContent {
  return build(
    "Confirm your new email for Gradus",
    [
      "Your Gradus sign-in email is being changed to this address. Open this link to confirm it:",
      `The link works for ${hours} hours and only once. Until you confirm, you sign in with your old address.`,
      "If you did not expect this email, you can ignore it: nothing changes.",
    ],
    { url, label: "Confirm this email" },
  );
}

/** The urgent alert: exactly this sentence and a link, nothing about who or why. */
export const URGENT_ALERT_TEXT = "A patient needs urgent attention. Open Gradus.";

export function urgentAlertEmail({ url }: { url: string }): EmailContent {
  return build("A patient needs urgent attention", [URGENT_ALERT_TEXT], { url, label: "Open Gradus" });
}

export function digestEmail({ url, count }: { url: string; count: number }): EmailContent {
  const line = count === 1 ? "1 patient needs attention today." : `${count} patients need attention today.`;
  return build(`Gradus: ${line}`, [`${line} Open Gradus to see who.`], { url, label: "Open Gradus" });
}

/** A new message in the patient's thread: that one is waiting, never who wrote it or what it says. */
export const NEW_MESSAGE_TEXT = "You have a new message in Gradus.";

export function newMessageEmail({ url }: { url: string }): EmailContent {
  return build("You have a new message in Gradus", [`${NEW_MESSAGE_TEXT} Sign in to read it.`], {
    url,
    label: "Read it in Gradus",
  });
}
