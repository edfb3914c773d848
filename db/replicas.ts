import { withReplicas } from "drizzle-orm/pg-core";
import { drizzle } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import type { Database, DatabaseHandle } from "./client";
import * as schema from "./schema";

/**
 * Read replicas (DATABASE_REPLICA_URLS, comma-separated streaming standbys of the primary). Reads that may be a
 * moment old (the clinician's lists, charts, summaries, exports) go to a replica when one is close enough
 * behind; writes and everything else stay on the primary. A replica is used only when
 *  - its last probe (at most PROBE_EVERY_MS old) answered, and
 *  - it has replayed everything the primary had written MAX_LAG_MS ago, and
 *  - it has replayed the caller's own last write (`replayedAtLeast`, the primary's WAL position after it),
 * otherwise the read goes to the primary.
 */
export const MAX_LAG_MS = Number(process.env.DATABASE_REPLICA_MAX_LAG_MS ?? 3000);
const PROBE_EVERY_MS = 500;
const PROBE_TIMEOUT_MS = 1000;

/** A WAL position ("16/B374D848") as a number, for comparing. */
export function parseLsn(lsn: string): bigint {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(lsn);
  if (!match) throw new Error(`not a WAL position: ${lsn}`);
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

export function isLsn(value: string): boolean {
  return /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i.test(value);
}

type Replica = { url: string; pool: Pool; db: Database; replayed: bigint | null; probedAt: number };

export type ReplicaSet = {
  replicas: Replica[];
  /** The primary's WAL positions over the last moments: when each was current. */
  primarySamples: { at: number; lsn: bigint }[];
  probing: Promise<void> | null;
  lastProbe: number;
  close: () => Promise<void>;
};

export function replicaUrlsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.DATABASE_REPLICA_URLS ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
}

export function openReplicas(urls: string[]): ReplicaSet {
  const replicas = urls.map((url) => {
    // A replica that is down must fail fast: the read then goes to the primary.
    const pool = new Pool({
      connectionString: url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    });
    // A replica going away mid-idle must not crash the process.
    pool.on("error", () => undefined);
    return { url, pool, db: drizzle({ client: pool, schema }), replayed: null, probedAt: 0 };
  });
  return {
    replicas,
    primarySamples: [],
    probing: null,
    lastProbe: 0,
    close: async () => {
      await Promise.all(replicas.map((r) => r.pool.end()));
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timed out")), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), reject(error)),
    );
  });
}

async function currentPrimaryLsn(primary: DatabaseHandle): Promise<bigint> {
  if (primary.kind !== "postgres") throw new Error("replicas need PostgreSQL");
  const { rows } = await primary.pool.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn");
  return parseLsn(rows[0]!.lsn);
}

/** Asks the primary where its WAL is and each replica how far it has replayed; at most once per interval. */
export async function probeReplicas(set: ReplicaSet, primary: DatabaseHandle, force = false): Promise<void> {
  if (!force && Date.now() - set.lastProbe < PROBE_EVERY_MS) return;
  set.probing ??= (async () => {
    try {
      const at = Date.now();
      set.primarySamples.push({ at, lsn: await currentPrimaryLsn(primary) });
      // Enough history to tell "behind by more than MAX_LAG_MS" from "behind by less".
      while (set.primarySamples.length > 2 && set.primarySamples[1]!.at < at - 4 * MAX_LAG_MS)
        set.primarySamples.shift();
      await Promise.all(
        set.replicas.map(async (replica) => {
          try {
            const { rows } = await withTimeout(
              replica.pool.query<{ lsn: string | null }>("SELECT pg_last_wal_replay_lsn()::text AS lsn"),
              PROBE_TIMEOUT_MS,
            );
            replica.replayed = rows[0]?.lsn ? parseLsn(rows[0].lsn) : null;
          } catch {
            replica.replayed = null;
          }
          replica.probedAt = Date.now();
        }),
      );
      set.lastProbe = Date.now();
    } finally {
      set.probing = null;
    }
  })();
  await set.probing;
}

/**
 * How long the replica has been missing WAL the primary had: since the first sample past what it replayed
 * (0 when it has replayed the latest sample; Infinity when unknown or down).
 */
export function replicaLagMs(set: ReplicaSet, replica: Replica, now = Date.now()): number {
  if (replica.replayed === null || now - replica.probedAt > PROBE_EVERY_MS + PROBE_TIMEOUT_MS * 2)
    return Infinity;
  const firstMissed = set.primarySamples.find((sample) => sample.lsn > replica.replayed!);
  return firstMissed ? now - firstMissed.at : 0;
}

/**
 * The database a lag-tolerant read should use: the primary itself, or the primary with selects sent to one
 * replica that is fresh enough and has replayed `replayedAtLeast` (drizzle's withReplicas keeps inserts,
 * updates, deletes, transactions and raw execute on the primary).
 */
export async function readDatabase(
  primary: DatabaseHandle,
  set: ReplicaSet | null,
  { replayedAtLeast }: { replayedAtLeast?: bigint | null } = {},
): Promise<{ db: Database; source: "primary" | "replica"; replicaUrl?: string }> {
  if (!set || set.replicas.length === 0) return { db: primary.db, source: "primary" };
  try {
    await probeReplicas(set, primary);
  } catch {
    return { db: primary.db, source: "primary" };
  }
  const usable = set.replicas.filter(
    (replica) =>
      replica.replayed !== null &&
      replicaLagMs(set, replica) <= MAX_LAG_MS &&
      (replayedAtLeast == null || replica.replayed >= replayedAtLeast),
  );
  if (usable.length === 0) return { db: primary.db, source: "primary" };
  const replica = usable[Math.floor(Math.random() * usable.length)]!;
  return {
    db: withReplicas(primary.db, [replica.db]) as unknown as Database,
    source: "replica",
    replicaUrl: replica.url,
  };
}

/** The primary's WAL position now: after a commit, at or past that commit (the read-your-writes marker). */
export async function primaryWalPosition(primary: DatabaseHandle): Promise<string | null> {
  if (primary.kind !== "postgres") return null;
  const { rows } = await primary.pool.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn");
  return rows[0]!.lsn;
}

// One replica set per process, like the primary's pool (see db/client.ts).
const globalForReplicas = globalThis as typeof globalThis & { gradusReplicas?: ReplicaSet | null };

export function appReplicas(): ReplicaSet | null {
  if (globalForReplicas.gradusReplicas === undefined) {
    const urls = replicaUrlsFromEnv();
    globalForReplicas.gradusReplicas =
      urls.length > 0 && process.env.DATABASE_URL ? openReplicas(urls) : null;
  }
  return globalForReplicas.gradusReplicas;
}
