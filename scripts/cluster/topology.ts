// The production topology on one machine: a PostgreSQL primary and a streaming replica (pg_basebackup -R),
// pgbouncer in transaction mode in front of the primary, N instances of the production build (`next start`)
// and nginx in front of them. Every port is chosen free; everything lives in temp folders and stops cleanly.
import { rmSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { startProductionServer, type ProductionServer } from "../support/production-server";
import { startNginx } from "./nginx";
import { startPgbouncer, type Pgbouncer } from "./pgbouncer.mjs";
import { startPrimary, startReplica } from "./postgres";
import { freePort } from "./processes.mjs";

export const DATABASE = "gradus";

export type Topology = Awaited<ReturnType<typeof startTopology>>;

export async function startTopology({
  instances = 3,
  beforeApps,
  log = console.log,
}: {
  instances?: number;
  /** Runs once the databases are up and before any app instance starts (seeding). */
  beforeApps?: (directUrl: string) => Promise<void>;
  log?: (line: string) => void;
} = {}) {
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => console.error(error));
    stops.length = 0;
  };
  try {
    const primary = await startPrimary();
    stops.push(async () => {
      await primary.stop();
      rmSync(primary.root, { recursive: true, force: true });
    });
    const admin = new Client({ connectionString: primary.url() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${DATABASE}`);
    await admin.end();
    log(`PostgreSQL primary   127.0.0.1:${primary.port}  (${primary.dataDir})`);
    const directUrl = primary.url(DATABASE);
    if (beforeApps) await beforeApps(directUrl);

    const replica = await startReplica(primary);
    stops.push(() => replica.stop());
    log(`streaming replica    127.0.0.1:${replica.port}  (pg_basebackup -R)`);

    const pgbouncer: Pgbouncer = await startPgbouncer({ serverPort: primary.port });
    stops.push(async () => {
      await pgbouncer.stop();
      rmSync(pgbouncer.dir, { recursive: true, force: true });
    });
    log(`pgbouncer            127.0.0.1:${pgbouncer.port}  (transaction pooling)`);

    // Chosen now so invite links name the proxy's address (APP_URL), which the instances need at start.
    const proxyPort = await freePort();
    const logDir = path.join(primary.root, "..", `${path.basename(primary.root)}-app-logs`);
    const env = {
      DATABASE_URL: pgbouncer.url(DATABASE),
      DATABASE_DIRECT_URL: directUrl,
      DATABASE_REPLICA_URLS: replica.url(DATABASE),
      TRUSTED_PROXY_HOPS: "1",
      APP_URL: `http://127.0.0.1:${proxyPort}`,
      // Each instance keeps a few connections; pgbouncer multiplexes them onto its own pool.
      DATABASE_POOL_SIZE: "20",
    };
    const apps: { port: number; server: ProductionServer | null; logFile: string }[] = [];
    for (let i = 0; i < instances; i++) apps.push({ port: await freePort(), server: null, logFile: "" });
    const startApp = async (i: number) => {
      const app = apps[i]!;
      app.logFile = path.join(logDir, `app-${i + 1}.log`);
      app.server = await startProductionServer({ port: app.port, env, logFile: app.logFile });
    };
    // One at a time: the first applies the migrations (under the advisory lock, on the direct URL).
    for (let i = 0; i < instances; i++) {
      await startApp(i);
      log(`app instance ${i + 1}       127.0.0.1:${apps[i]!.port}  (next start; log ${apps[i]!.logFile})`);
    }
    stops.push(async () => {
      for (const app of apps) await app.server?.stop("SIGTERM");
      rmSync(logDir, { recursive: true, force: true });
    });

    const nginx = await startNginx(
      apps.map((a) => a.port),
      proxyPort,
    );
    stops.push(async () => {
      await nginx.stop();
      rmSync(nginx.dir, { recursive: true, force: true });
    });
    log(`nginx                ${nginx.base}  (reverse proxy; TRUSTED_PROXY_HOPS=1)`);

    return {
      primary,
      replica,
      pgbouncer,
      apps,
      nginx,
      directUrl,
      base: nginx.base,
      /** Simulates a crashed instance (SIGKILL of its process group). */
      killApp: async (i: number) => {
        await apps[i]!.server?.stop("SIGKILL");
        apps[i]!.server = null;
      },
      startApp,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
