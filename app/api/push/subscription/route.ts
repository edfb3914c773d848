import "server-only";
import type { Actor } from "@/db/actor";
import { getDb } from "@/db/client";
import { httpError, json } from "@/lib/actions/route-write";
import { requestMeta } from "@/lib/auth/request-meta";
import { getActor } from "@/lib/auth/session";
import { limitWrites } from "@/lib/limits/write-limit";
import { subscribePush, unsubscribePush } from "@/lib/push/subscribe";
import { parseWith } from "@/lib/result/result";
import { pushSubscriptionInput, pushUnsubscribeInput } from "@/lib/validation/push";

/** Any signed-in account (patient or staff) keeps this browser's push subscription; 401 signed out. */
async function signedIn(): Promise<Actor | null> {
  const actor = await getActor();
  if (!actor || (actor.kind === "staff" && actor.mustSetUpTotp)) return null;
  return actor;
}

async function body(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

async function context(actor: Actor) {
  const ctx = { db: await getDb(), actor, meta: await requestMeta() };
  const allowed = await limitWrites(ctx.db, actor, ctx.meta);
  return allowed.ok ? { ok: true as const, value: ctx } : allowed;
}

export async function POST(request: Request) {
  const actor = await signedIn();
  if (!actor) return json(401, { error: "Please sign in again." });
  const raw = await body(request);
  if (raw === undefined) return json(400, { error: "The request could not be read." });
  const input = parseWith(pushSubscriptionInput, raw);
  if (!input.ok) return httpError(input.error);
  const ctx = await context(actor);
  if (!ctx.ok) return httpError(ctx.error);
  const saved = await subscribePush(ctx.value, input.value);
  return saved.ok ? json(201, { status: "subscribed" }) : httpError(saved.error);
}

export async function DELETE(request: Request) {
  const actor = await signedIn();
  if (!actor) return json(401, { error: "Please sign in again." });
  const raw = await body(request);
  if (raw === undefined) return json(400, { error: "The request could not be read." });
  const input = parseWith(pushUnsubscribeInput, raw);
  if (!input.ok) return httpError(input.error);
  const ctx = await context(actor);
  if (!ctx.ok) return httpError(ctx.error);
  const removed = await unsubscribePush(ctx.value, input.value);
  return removed.ok ? json(200, { status: "unsubscribed" }) : httpError(removed.error);
}
