import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import * as schema from "./schema";

/**
 * The one database type the app codes against. PGlite and node-postgres expose the same drizzle query API;
 * only their driver-specific result types differ, which nothing in the app relies on.
 */
export type Database = NodePgDatabase<typeof schema>;

/** Anything that can run queries: the database itself or an open transaction. */
export type Queryable = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

export type DatabaseHandle =
  | {
      kind: "postgres";
      db: Database;
      pool: Pool;
      /** The server itself, bypassing any pooler: for migrations and session-level locks. */
      directUrl: string | undefined;
      close: () => Promise<void>;
    }
  | { kind: "pglite"; db: Database; close: () => Promise<void> };

/**
 * `url` may point at a pooler in transaction mode (pgbouncer): every query the app sends stands alone or sits
 * in one transaction, with no session state between statements. `directUrl` reaches the server itself.
 */
export type DatabaseTarget =
  { kind: "postgres"; url: string; directUrl?: string } | { kind: "pglite"; dataDir?: string };

/**
 * Where the app's data lives: PostgreSQL when DATABASE_URL is set (DATABASE_DIRECT_URL, when set, bypasses a
 * pooler for migrations), otherwise PGlite in a local folder.
 */
export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  if (env.DATABASE_URL)
    return { kind: "postgres", url: env.DATABASE_URL, directUrl: env.DATABASE_DIRECT_URL || undefined };
  // The folder is only known at run time: the comments keep Turbopack's file tracing from following these
  // paths (a path it cannot resolve at build time makes it trace the whole project into the server bundle).
  const dataDir = path.resolve(
    /* turbopackIgnore: true */ process.cwd(),
    env.PGLITE_DATA_DIR ?? ".data/pglite",
  );
  return { kind: "pglite", dataDir };
}

/**
 * Opens a connection; `dataDir` undefined means an in-memory PGlite (tests). `logQuery` sees every
 * statement's SQL (the tests' capture for the distribution-key check, db/testing/test-database.ts).
 */
export async function openDatabase(
  target: DatabaseTarget,
  { logQuery }: { logQuery?: (sql: string) => void } = {},
): Promise<DatabaseHandle> {
  const sqlLog = logQuery ? { logQuery } : undefined;
  if (target.kind === "postgres") {
    const pool = new Pool({
      connectionString: target.url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    });
    // An idle connection that the server or the pooler closes (a pgbouncer restart, a failover) is dropped
    // from the pool and replaced on the next checkout; unhandled, its error would end the process.
    pool.on("error", (error) => console.error(`[gradus] Idle database connection lost: ${error.message}`));
    return {
      kind: "postgres",
      db: drizzlePg({ client: pool, schema, logger: sqlLog }),
      pool,
      directUrl: target.directUrl,
      close: () => pool.end(),
    };
  }
  // PGlite creates its own folder but not the folders above it (.data/ in a fresh clone).
  if (target.dataDir) {
    const parent = path.dirname(/* turbopackIgnore: true */ target.dataDir);
    mkdirSync(/* turbopackIgnore: true */ parent, { recursive: true });
  }
  const client = target.dataDir ? new PGlite(target.dataDir) : new PGlite();
  await client.waitReady;
  // Same query builder, different driver result type: see the Database type above.
  const db = drizzlePglite({ client, schema, logger: sqlLog }) as unknown as Database;
  return { kind: "pglite", db, close: () => client.close() };
}

// Next can evaluate this module in more than one bundle (instrumentation, route handlers, pages). PGlite
// must be opened by exactly one owner per process, so the handle lives on globalThis.
const globalForDb = globalThis as typeof globalThis & { gradusDb?: Promise<DatabaseHandle> };

/** The process-wide database of the running app. */
export function appDatabase(): Promise<DatabaseHandle> {
  globalForDb.gradusDb ??= openDatabase(targetFromEnv());
  return globalForDb.gradusDb;
}

export async function getDb(): Promise<Database> {
  return (await appDatabase()).db;
}
