import { and, count, eq, gt, max, sql } from "drizzle-orm";
import type { Queryable } from "../client";
import { loginAttempts } from "../schema";

export type LoginFactor = "password" | "second_factor";

export async function recordLoginAttempt(
  q: Queryable,
  attempt: { email: string; ip: string | null; success: boolean; factor?: LoginFactor; at?: Date },
): Promise<void> {
  await q.insert(loginAttempts).values({ ...attempt, factor: attempt.factor ?? "password" });
}

/**
 * Failed attempts (either factor) for one email since its latest completed sign-in, counting back no
 * further than `since`, and when the latest of them was.
 */
export async function failureStreak(
  q: Queryable,
  { email, since }: { email: string; since: Date },
): Promise<{ failures: number; lastFailureAt: Date | null }> {
  const lastSuccess = q
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, true)));
  const [row] = await q
    .select({ failures: count(), lastFailureAt: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.email, email),
        eq(loginAttempts.success, false),
        gt(loginAttempts.at, since),
        sql`${loginAttempts.at} > coalesce((${lastSuccess}), '-infinity'::timestamptz)`,
      ),
    );
  return { failures: row?.failures ?? 0, lastFailureAt: row?.lastFailureAt ?? null };
}

/** Failed attempts from one address since `since`. */
export async function failuresFromAddress(
  q: Queryable,
  { ip, since }: { ip: string | null; since: Date },
): Promise<number> {
  if (!ip) return 0;
  const [row] = await q
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.at, since)));
  return row?.n ?? 0;
}
