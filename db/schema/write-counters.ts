import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Fixed-window counters for write limits ("account:<user id>", "address:<ip>", "sign-in-refused:<ip>"), one
 * row per key and window, bumped by an upsert so the limit holds across app instances. Old windows are
 * deleted as new ones open (see db/queries/write-counters.ts).
 */
export const writeCounters = pgTable(
  "write_counters",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.key, t.windowStart] }),
    index("write_counters_window_idx").on(t.windowStart),
  ],
);
