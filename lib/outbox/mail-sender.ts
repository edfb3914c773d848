import nodemailer from "nodemailer";

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string> | null;
};

/**
 * Where the outbox's messages go: an SMTP server (SMTP_URL, e.g. smtp://user:pass@mail.example:587), or, on
 * the embedded default with no SMTP_URL, nowhere: messages are printed on the console and stay in the outbox
 * for an admin to read on the Outbox page.
 */
export type MailSender =
  | { kind: "smtp"; from: string; send: (message: OutgoingEmail) => Promise<void>; close: () => void }
  | { kind: "none" };

export const DEFAULT_MAIL_FROM = "Gradus <no-reply@gradus.invalid>";

export function mailSenderFromEnv(env: NodeJS.ProcessEnv = process.env): MailSender {
  const url = env.SMTP_URL?.trim();
  if (!url) return { kind: "none" };
  return smtpSender(url, env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM);
}

/** Sends through one pooled SMTP connection; errors keep nodemailer's `responseCode` and `code`. */
export function smtpSender(url: string, from: string): MailSender {
  const transport = nodemailer.createTransport(url);
  return {
    kind: "smtp",
    from,
    send: async (message) => {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? undefined,
        headers: message.headers ?? undefined,
      });
    },
    close: () => transport.close(),
  };
}
