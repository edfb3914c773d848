import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { Client, type PoolClient } from "pg";
import type { DatabaseHandle } from "./client";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

// Any fixed number works; it only has to be the same for every instance of the app.
const MIGRATION_LOCK_KEY = 4_210_771;

/**
 * Applies pending migrations. On PostgreSQL a session advisory lock makes instances that start together take
 * turns, so no migration runs twice. A session lock needs one server connection for the whole run, which a
 * pooler in transaction mode does not give: with DATABASE_DIRECT_URL set, the run opens its own connection
 * to the server itself; without it, it borrows one connection of the pool (right when the pool reaches the
 * server directly).
 */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  if (handle.directUrl) {
    const direct = new Client({ connectionString: handle.directUrl });
    await direct.connect();
    try {
      await migrateLocked(direct);
    } finally {
      await direct.end();
    }
    return;
  }
  const connection = await handle.pool.connect();
  try {
    await migrateLocked(connection);
  } finally {
    connection.release();
  }
}

async function migrateLocked(connection: Client | PoolClient) {
  await connection.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    await migratePg(drizzle({ client: connection }), { migrationsFolder });
  } finally {
    await connection.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
  }
}
