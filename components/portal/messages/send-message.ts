import { RefusedError, RetryableError } from "@/components/portal/diary/submission";

export { newSubmissionId, RefusedError, RetryableError } from "@/components/portal/diary/submission";

export type MessagePayload = { clientId: string; body: string };

/** Posts one message; a retry carries the same client id, so the server stores it once. */
export async function postMessage(payload: MessagePayload): Promise<{ status: string; id: string }> {
  let response: Response;
  try {
    response = await fetch("/api/portal/messages", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(payload),
    });
  } catch {
    throw new RetryableError("No connection.");
  }
  if (response.status >= 500) throw new RetryableError("The server could not send just now.");
  const body = await response.json().catch(() => ({}));
  if (!response.ok)
    throw new RefusedError(
      body.fields?.body ?? body.error ?? "Your message could not be sent.",
      response.status,
    );
  return body;
}
