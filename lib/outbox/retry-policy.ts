/** How many times a message is tried before it is marked failed. */
export const MAX_ATTEMPTS = 8;

/** Waits after the n-th failed attempt: 1, 2, 4, 8… minutes, at most an hour (about 2 hours in all). */
export function retryDelayMs(attempts: number): number {
  const minutes = Math.min(60, 2 ** Math.max(0, attempts - 1));
  return minutes * 60_000;
}

/** SMTP and network errors as nodemailer reports them: `responseCode` from the server, `code` for the rest. */
export type SendError = { responseCode?: unknown; code?: unknown; message?: unknown };

const TRANSIENT_CODES = new Set([
  "ECONNECTION",
  "ETIMEDOUT",
  "ESOCKET",
  "EDNS",
  "ECONNREFUSED",
  "ECONNRESET",
  "EAUTH",
  "ETLS",
  "EPROTOCOL",
]);

/**
 * Whether trying again later may help: 4xx replies ("try later") and connection problems are transient; 5xx
 * replies (mailbox unknown, message refused) are permanent. Unknown errors count as transient, so a
 * misconfigured server loses nothing; the attempt limit still ends them.
 */
export function isTransient(error: SendError): boolean {
  const reply = Number(error.responseCode);
  if (Number.isInteger(reply) && reply >= 400 && reply < 600) return reply < 500;
  if (typeof error.code === "string" && TRANSIENT_CODES.has(error.code)) return true;
  return error.code !== "EENVELOPE" && error.code !== "EMESSAGE";
}

/** A short reason to store and show: the server's reply or the error's message, no more than 300 characters. */
export function describeError(error: SendError): string {
  const text = typeof error.message === "string" && error.message ? error.message : String(error.code ?? "error");
  return text.replace(/\s+/g, " ").slice(0, 300);
}
