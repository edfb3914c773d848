import "server-only";
import { getDb } from "@/db/client";
import { listOwnThread } from "@/db/queries/messages";
import { httpError, json, patientWrite } from "@/lib/actions/route-write";
import { auditView } from "@/lib/auth/audit-view";
import { patientOrStatus } from "@/lib/auth/session";
import { sendOwnMessage } from "@/lib/messages/send-message";
import { parseWith } from "@/lib/result/result";
import { messageInput } from "@/lib/validation/message";

/** The signed-in patient's own thread, oldest first (nothing marks it read: only opening the page does). */
export async function GET() {
  const who = await patientOrStatus();
  if ("status" in who)
    return json(who.status, { error: who.status === 401 ? "Please sign in again." : "Not found." });
  const db = await getDb();
  const messages = await listOwnThread(db, who.actor);
  await auditView(db, who.actor, "portal.messages.view", who.actor.patientId);
  return json(200, {
    messages: messages.map((m) => ({ id: m.id, clientId: m.clientId, author: m.author, body: m.body })),
  });
}

/**
 * The signed-in patient sends a message to their care team. Idempotent: the body carries a device-made client
 * id, so a resend after a dropped connection (or a double tap) answers 200 with the stored message instead of
 * storing it twice. 422 with field messages for bad input (nothing stored); 429 past the write limit.
 */
export async function POST(request: Request) {
  const who = await patientOrStatus();
  if ("status" in who)
    return json(who.status, { error: who.status === 401 ? "Please sign in again." : "Not found." });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json(400, { error: "The request could not be read." });
  }
  const input = parseWith(messageInput, body);
  if (!input.ok) return httpError(input.error);
  const ctx = await patientWrite(who.actor);
  if (!ctx.ok) return httpError(ctx.error);
  const sent = await sendOwnMessage(ctx.value, { message: input.value });
  if (!sent.ok) return httpError(sent.error);
  return json(sent.value.status === "created" ? 201 : 200, {
    status: sent.value.status,
    id: sent.value.id,
    createdAt: sent.value.createdAt.toISOString(),
  });
}
