// A PostgreSQL primary and streaming replicas of it, made with the local PostgreSQL binaries (Debian's
// postgresql-15) in temporary folders on free ports. The system's own server is not touched.
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import {
  freePort,
  runService,
  serviceFolder,
  startService,
  stopService,
  superuser,
  waitForPort,
} from "./processes.mjs";

const BIN =
  process.env.PG_BIN ??
  ["/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin"].find((dir) =>
    existsSync(path.join(dir, "initdb")),
  );

/** A server on a data folder: start, stop (fast shutdown) and restart keep its port. */
function server(dataDir: string, port: number, extra: string[] = []) {
  const log = path.join(dataDir, "..", `${path.basename(dataDir)}.log`);
  let child: ChildProcess | undefined;
  const self = {
    port,
    dataDir,
    log,
    url: (database = "postgres") => `postgres://${superuser}@127.0.0.1:${port}/${database}`,
    start: async () => {
      child = startService(
        path.join(BIN!, "postgres"),
        [
          "-D",
          dataDir,
          "-p",
          String(port),
          "-k",
          dataDir,
          "-c",
          "listen_addresses=127.0.0.1",
          "-c",
          "max_connections=300",
          ...extra,
        ],
        { log },
      );
      await waitForPort(port, 60_000);
      // Accepting TCP is not yet accepting queries (startup, recovery): wait for pg_isready.
      for (let i = 0; i < 300; i++) {
        try {
          runService(path.join(BIN!, "pg_isready"), ["-q", "-h", "127.0.0.1", "-p", String(port)]);
          return;
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      throw new Error(`PostgreSQL on port ${port} is not ready; see ${log}`);
    },
    /** SIGINT is PostgreSQL's fast shutdown; SIGKILL simulates a crash. */
    stop: (signal: NodeJS.Signals = "SIGINT") => stopService(child, signal),
    get running() {
      return Boolean(child && child.exitCode === null && child.signalCode === null);
    },
  };
  return self;
}

/** initdb into a fresh folder and start a primary set up for streaming replication. */
export async function startPrimary() {
  if (!BIN) throw new Error("PostgreSQL server binaries not found (apt-get install postgresql)");
  const root = serviceFolder("gradus-cluster");
  const dataDir = path.join(root, "primary");
  runService(path.join(BIN!, "initdb"), [
    "-D",
    dataDir,
    "-U",
    superuser,
    "--auth=trust",
    "-E",
    "UTF8",
    "--no-sync",
  ]);
  const primary = server(dataDir, await freePort(), ["-c", "wal_level=replica", "-c", "max_wal_senders=10"]);
  await primary.start();
  return { ...primary, root };
}

/** pg_basebackup -R of the primary into a fresh folder, started as a hot standby streaming from it. */
export async function startReplica(primary: { root: string; port: number }, name = "replica") {
  const dataDir = path.join(primary.root, name);
  runService(path.join(BIN!, "pg_basebackup"), [
    "-h",
    "127.0.0.1",
    "-p",
    String(primary.port),
    "-U",
    superuser,
    "-D",
    dataDir,
    "-R",
    "-X",
    "stream",
    "-c",
    "fast",
  ]);
  const replica = server(dataDir, await freePort(), ["-c", "hot_standby=on"]);
  await replica.start();
  return replica;
}
