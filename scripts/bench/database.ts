// A throwaway database for one tier: a fresh PostgreSQL database (dropped afterwards) or a fresh PGlite folder
// (deleted afterwards), migrated by the app's own migrations, with a one-connection SQL runner for seeding.
import { rmSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import type { Sql } from "./seed-tier";

export type Engine = "postgres" | "pglite";

export type BenchDatabase = {
  engine: Engine;
  /** What the app server needs in its environment to use this database. */
  env: Record<string, string>;
  /** Opens a single connection for seeding or checking; PGlite must be closed before the server starts. */
  connect: () => Promise<{ sql: Sql; close: () => Promise<void> }>;
  drop: () => Promise<void>;
};

export const ADMIN_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function admin(statement: string) {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function createBenchDatabase(engine: Engine, tier: string): Promise<BenchDatabase> {
  const name = `gradus_bench_${tier.toLowerCase()}_${randomBytes(3).toString("hex")}`;
  if (engine === "postgres") {
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    await admin(`CREATE DATABASE ${name}`);
    const handle = await openDatabase({ kind: "postgres", url: url.toString() });
    await migrateDatabase(handle);
    await handle.close();
    return {
      engine,
      env: { DATABASE_URL: url.toString() },
      connect: async () => {
        const client = new Client({ connectionString: url.toString() });
        // The database is dropped WITH (FORCE) at the end; a connection still open then is not an error.
        client.on("error", () => undefined);
        await client.connect();
        return { sql: async (text) => (await client.query(text)).rows, close: () => client.end() };
      },
      drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const dataDir = path.resolve(".data", name);
  const handle = await openDatabase({ kind: "pglite", dataDir });
  await migrateDatabase(handle);
  await handle.close();
  return {
    engine,
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
