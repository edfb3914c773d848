import "server-only";
import type { Actor, RequestMeta } from "@/db/actor";
import type { Queryable } from "@/db/client";
import { bumpCounter, dropCountersBefore } from "@/db/queries/write-counters";
import { fail, ok, type Result } from "@/lib/result/result";

const WINDOW_MS = 60_000;

/**
 * Writes allowed per minute. Per account: far above what a person does by hand (a diary day is one save), low
 * enough that a script cannot fill the append-only audit trail. Per address: a clinic behind one NAT shares
 * it, so it is ten times higher. Both can be set for load tests (WRITE_LIMIT_PER_ACCOUNT/_PER_ADDRESS).
 */
export function writeLimits(env: NodeJS.ProcessEnv = process.env) {
  const read = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    perAccount: read(env.WRITE_LIMIT_PER_ACCOUNT, 30),
    perAddress: read(env.WRITE_LIMIT_PER_ADDRESS, 300),
  };
}

export const windowStartOf = (now: Date) => new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);

/**
 * Counts one write by this actor from this address in the current minute and refuses it ("rate_limited") once
 * either count passes its limit. Refused writes count too, so hammering does not open the window earlier.
 * The counters live in the database, so every app instance sees the same numbers.
 */
export async function limitWrites(
  q: Queryable,
  actor: Pick<Actor, "userId">,
  meta: Pick<RequestMeta, "ip">,
  now = new Date(),
  limits = writeLimits(),
): Promise<Result> {
  const windowStart = windowStartOf(now);
  const byAccount = await bumpCounter(q, `account:${actor.userId}`, windowStart);
  // No known address (a missing or malformed header) never turns the account limit off.
  const byAddress = meta.ip ? await bumpCounter(q, `address:${meta.ip}`, windowStart) : 0;
  if (byAccount === 1) await dropCountersBefore(q, new Date(windowStart.getTime() - 30 * WINDOW_MS));
  if (byAccount > limits.perAccount || byAddress > limits.perAddress) {
    const retryAfterSeconds = Math.ceil((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000);
    return fail({ code: "rate_limited", retryAfterSeconds });
  }
  return ok();
}

/**
 * Whether a refused sign-in from this address (or, without one, for this email) is still worth an audit row:
 * the first few per 15 minutes are; the rest are only counted, so a flood of refusals cannot grow the trail.
 */
export async function shouldAuditRefusal(q: Queryable, who: string, now = new Date()): Promise<boolean> {
  const window = 15 * WINDOW_MS;
  const windowStart = new Date(Math.floor(now.getTime() / window) * window);
  const count = await bumpCounter(q, `sign-in-refused:${who}`, windowStart);
  return count <= REFUSALS_AUDITED_PER_WINDOW;
}

export const REFUSALS_AUDITED_PER_WINDOW = 3;
