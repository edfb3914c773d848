import { and, count, eq, gt } from "drizzle-orm";
import type { Queryable } from "../client";
import { loginAttempts } from "../schema";

export async function recordLoginAttempt(
  q: Queryable,
  attempt: { email: string; ip: string | null; success: boolean },
): Promise<void> {
  await q.insert(loginAttempts).values(attempt);
}

/** Failed attempts since `since`, for one email and for one address. */
export async function recentFailures(
  q: Queryable,
  { email, ip, since }: { email: string; ip: string | null; since: Date },
): Promise<{ forEmail: number; forIp: number }> {
  const failuresWhere = (...extra: Parameters<typeof and>) =>
    and(eq(loginAttempts.success, false), gt(loginAttempts.at, since), ...extra);
  const [byEmail] = await q
    .select({ n: count() })
    .from(loginAttempts)
    .where(failuresWhere(eq(loginAttempts.email, email)));
  const [byIp] = ip
    ? await q
        .select({ n: count() })
        .from(loginAttempts)
        .where(failuresWhere(eq(loginAttempts.ip, ip)))
    : [{ n: 0 }];
  return { forEmail: byEmail?.n ?? 0, forIp: byIp?.n ?? 0 };
}
