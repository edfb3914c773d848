import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { openDatabase, type DatabaseHandle } from "../client";
import { migrateDatabase } from "../migrate";
import { capturing, sqlCapture } from "./sql-capture";

export type TestDatabase = DatabaseHandle & { destroy: () => Promise<void> };

/**
 * A migrated, empty database of its own for one test file. With TEST_DATABASE_URL (a server URL) it creates
 * a uniquely named PostgreSQL database and drops it afterwards; otherwise an in-memory PGlite. With
 * TEST_DATABASE_DIRECT_URL too, TEST_DATABASE_URL is a pooler (pgbouncer in transaction mode): the tests'
 * queries go through it, while creating, migrating and dropping the database use the server itself.
 */
// GRADUS_SQL_LOG=<file>: every statement the tests send is captured (see sql-capture.ts).
const capture = sqlCapture;

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({ kind: "pglite" }, capture);
    await migrateDatabase(handle);
    return { ...handle, db: capturing(handle.db), destroy: handle.close };
  }

  const directServerUrl = process.env.TEST_DATABASE_DIRECT_URL;
  const adminUrl = directServerUrl ?? serverUrl;
  const name = `gradus_test_${randomBytes(6).toString("hex")}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const inDatabase = (server: string) => {
    const url = new URL(server);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const handle = await openDatabase(
    {
      kind: "postgres",
      url: inDatabase(serverUrl),
      directUrl: directServerUrl ? inDatabase(directServerUrl) : undefined,
    },
    capture,
  );
  await migrateDatabase(handle);
  return {
    ...handle,
    db: capturing(handle.db),
    destroy: async () => {
      await handle.close();
      // Behind a pooler the server connections are the pooler's, idle in its pool: they will not go away
      // by themselves, and ending them troubles none of our clients.
      if (directServerUrl)
        await withAdmin(directServerUrl, (admin) => admin.query(`DROP DATABASE ${name} WITH (FORCE)`));
      else await dropWhenReleased(serverUrl, name);
    },
  };
}

async function withAdmin(url: string, run: (client: Client) => Promise<unknown>) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Drops the database once the closed pool's connections are really gone. Not WITH (FORCE): terminating a
 * connection that is still closing makes node-postgres raise an error no listener is left to catch.
 */
async function dropWhenReleased(serverUrl: string, name: string) {
  for (let attempt = 0; ; attempt++) {
    try {
      await withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name}`));
      return;
    } catch (error) {
      const inUse = (error as { code?: string }).code === "55006";
      if (!inUse || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
