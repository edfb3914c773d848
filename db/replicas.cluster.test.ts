// Read replicas on a real streaming replica: a primary and a pg_basebackup -R standby started from the local
// PostgreSQL binaries (scripts/cluster/postgres.mjs). Run with `npm run test:replicas`.
import { rmSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPrimary, startReplica } from "../scripts/cluster/postgres";
import { openDatabase, type DatabaseHandle } from "./client";
import { migrateDatabase } from "./migrate";
import {
  MAX_LAG_MS,
  openReplicas,
  parseLsn,
  primaryWalPosition,
  probeReplicas,
  readDatabase,
  replicaLagMs,
  type ReplicaSet,
} from "./replicas";
import { clinics } from "./schema";
import { makeClinic } from "./testing/factories";

type Server = Awaited<ReturnType<typeof startReplica>>;
let primaryServer: Awaited<ReturnType<typeof startPrimary>>;
let replicaServer: Server;
let primary: DatabaseHandle;
let replicas: ReplicaSet;

const onReplica = (text: string) => replicas.replicas[0]!.pool.query(text);

async function until(condition: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 600; i++) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`never happened: ${what}`);
}

/** Where a read goes right now, after a fresh probe, and whether it sees the clinic. */
async function read(clinicId: string, replayedAtLeast?: bigint) {
  await probeReplicas(replicas, primary, true);
  const { db, source } = await readDatabase(primary, replicas, { replayedAtLeast });
  const rows = await db.select({ id: clinics.id }).from(clinics).where(eq(clinics.id, clinicId));
  return { source, sees: rows.length === 1 };
}

beforeAll(async () => {
  primaryServer = await startPrimary();
  primary = await openDatabase({ kind: "postgres", url: primaryServer.url() });
  await migrateDatabase(primary);
  replicaServer = await startReplica(primaryServer);
  replicas = openReplicas([replicaServer.url()]);
}, 120_000);

afterAll(async () => {
  await replicas?.close();
  await primary?.close();
  await replicaServer?.stop();
  await primaryServer?.stop();
  if (primaryServer) rmSync(primaryServer.root, { recursive: true, force: true });
});

describe("reads on a streaming replica", () => {
  it("go to the replica once it has replayed the write", async () => {
    const clinic = await makeClinic(primary.db);
    await until(async () => (await read(clinic.id)).sees, "the replica shows the new clinic");
    expect(await read(clinic.id)).toEqual({ source: "replica", sees: true });
  });

  it("read the user's own write back from the primary while the replica's replay is paused", async () => {
    await onReplica("SELECT pg_wal_replay_pause()");
    const clinic = await makeClinic(primary.db, { name: "Written while the replica lags" });
    const afterWrite = parseLsn((await primaryWalPosition(primary))!);
    // Without the marker a read could land on the paused replica and miss the write...
    const blind = await read(clinic.id);
    expect(blind).toEqual({ source: "replica", sees: false });
    // ...with it, the read goes to the primary and sees it.
    expect(await read(clinic.id, afterWrite)).toEqual({ source: "primary", sees: true });

    // Once the replica is more than MAX_LAG_MS behind, every read goes to the primary.
    await until(
      async () => (
        await probeReplicas(replicas, primary, true),
        replicaLagMs(replicas, replicas.replicas[0]!) > MAX_LAG_MS
      ),
      "the paused replica falls behind the lag limit",
    );
    expect(await read(clinic.id)).toEqual({ source: "primary", sees: true });

    await onReplica("SELECT pg_wal_replay_resume()");
    await until(
      async () => (await read(clinic.id, afterWrite)).source === "replica",
      "the replica catches up",
    );
    expect(await read(clinic.id, afterWrite)).toEqual({ source: "replica", sees: true });
  });

  it("go to the primary while the replica is down, and back once it is up", async () => {
    const clinic = await makeClinic(primary.db);
    await replicaServer.stop();
    expect(await read(clinic.id)).toEqual({ source: "primary", sees: true });
    await replicaServer.start();
    await until(
      async () => (await read(clinic.id)).source === "replica",
      "the restarted replica is used again",
    );
    expect(await read(clinic.id)).toEqual({ source: "replica", sees: true });
  });
});
