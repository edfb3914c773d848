import { sql } from "drizzle-orm";
import type { Database } from "./client";

/** Removes every table, type and the migration journal, so migrations start from nothing. */
export async function dropEverything(db: Database): Promise<void> {
  await db.execute(sql`DROP SCHEMA IF EXISTS public CASCADE`);
  await db.execute(sql`DROP SCHEMA IF EXISTS drizzle CASCADE`);
  await db.execute(sql`CREATE SCHEMA public`);
}
