import { lt, sql } from "drizzle-orm";
import type { Queryable } from "../client";
import { writeCounters } from "../schema";

/**
 * Adds one to the counter of `key` in the window starting at `windowStart` and answers the new count. One
 * statement (insert or add), so two instances counting at once never lose a hit.
 */
export async function bumpCounter(q: Queryable, key: string, windowStart: Date): Promise<number> {
  const [row] = await q
    .insert(writeCounters)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [writeCounters.key, writeCounters.windowStart],
      set: { count: sql`${writeCounters.count} + 1` },
    })
    .returning({ count: writeCounters.count });
  return row?.count ?? 1;
}

/** Drops the counters of windows that started before `before` (they can no longer refuse anything). */
export async function dropCountersBefore(q: Queryable, before: Date): Promise<void> {
  await q.delete(writeCounters).where(lt(writeCounters.windowStart, before));
}
