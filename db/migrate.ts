import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { DatabaseHandle } from "./client";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

// Any fixed number works; it only has to be the same for every instance of the app.
const MIGRATION_LOCK_KEY = 4_210_771;

/**
 * Applies pending migrations. On PostgreSQL a session advisory lock, held on one dedicated connection, makes
 * instances that start together take turns, so no migration runs twice.
 */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  const connection = await handle.pool.connect();
  try {
    await connection.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await migratePg(drizzle({ client: connection }), { migrationsFolder });
  } finally {
    await connection.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    connection.release();
  }
}
