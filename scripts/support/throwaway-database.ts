// A throwaway database for one script run (benchmarks, load tests): a uniquely named PostgreSQL database
// (dropped afterwards) or a fresh PGlite folder (deleted afterwards), migrated by the app's own migrations
// when asked, with a one-connection SQL runner for seeding and checking.
import { rmSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { openDatabase, type DatabaseTarget } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

export const POSTGRES_SERVER = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export type Engine = "postgres" | "pglite";
/** Runs one SQL text and answers its rows. */
export type Sql = (text: string) => Promise<Record<string, unknown>[]>;

export type ThrowawayDatabase = {
  engine: Engine;
  /** The PostgreSQL connection URL, or the PGlite data folder. */
  url: string;
  /** What the app server needs in its environment to use this database. */
  env: Record<string, string>;
  /** Opens a single connection; PGlite serves one process, so close it before a server opens the folder. */
  connect: () => Promise<{ sql: Sql; close: () => Promise<void> }>;
  drop: () => Promise<void>;
};

async function admin(sql: string) {
  const client = new Client({ connectionString: POSTGRES_SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function migrate(config: DatabaseTarget) {
  const handle = await openDatabase(config);
  try {
    await migrateDatabase(handle);
  } finally {
    await handle.close();
  }
}

export async function createThrowawayDatabase(
  prefix: string,
  { engine = "postgres", migrated = false }: { engine?: Engine; migrated?: boolean } = {},
): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  if (engine === "pglite") {
    const dataDir = path.resolve(".data", name);
    if (migrated) await migrate({ kind: "pglite", dataDir });
    return {
      engine,
      url: dataDir,
      env: { PGLITE_DATA_DIR: dataDir },
      connect: async () => {
        const client = new PGlite(dataDir);
        await client.waitReady;
        return {
          sql: async (text) => (await client.query<Record<string, unknown>>(text)).rows,
          close: () => client.close(),
        };
      },
      drop: async () => {
        rmSync(dataDir, { recursive: true, force: true });
        rmSync(`${dataDir}.pid`, { force: true }); // the server's owner record (db/pglite-owner)
      },
    };
  }
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_SERVER);
  url.pathname = `/${name}`;
  if (migrated) await migrate({ kind: "postgres", url: url.toString() });
  return {
    engine,
    url: url.toString(),
    env: { DATABASE_URL: url.toString() },
    connect: async () => {
      const client = new Client({ connectionString: url.toString() });
      // The database is dropped WITH (FORCE) at the end; a connection still open then is not an error.
      client.on("error", () => undefined);
      await client.connect();
      return { sql: async (text) => (await client.query(text)).rows, close: () => client.end() };
    },
    // FORCE: a server killed mid-run may leave connections the database would otherwise wait on.
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
