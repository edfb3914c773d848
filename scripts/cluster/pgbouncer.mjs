// Starts Debian's pgbouncer in transaction pooling mode in front of one PostgreSQL server, on a free port,
// with its config, log and pid in a private folder. Every database name is passed through to the server.
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  freePort,
  giveToService,
  serviceFolder,
  startService,
  stopService,
  superuser,
  waitForPort,
} from "./processes.mjs";

const BINARY = ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer"].find((file) => existsSync(file));

/**
 * @param {{ serverHost?: string; serverPort: number; poolSize?: number }} options
 * @returns {Promise<{ port: number; url: (database: string) => string; dir: string; log: string; stop: () => Promise<void>; restart: () => Promise<void> }>}
 */
export async function startPgbouncer({ serverHost = "127.0.0.1", serverPort, poolSize = 20 }) {
  if (!BINARY) throw new Error("pgbouncer is not installed (apt-get install pgbouncer)");
  const dir = serviceFolder("gradus-pgbouncer");
  const port = await freePort();
  const log = path.join(dir, "pgbouncer.log");
  const users = path.join(dir, "users.txt");
  writeFileSync(users, `"${superuser}" ""\n`);
  giveToService(users);
  const ini = path.join(dir, "pgbouncer.ini");
  writeFileSync(
    ini,
    [
      "[databases]",
      `* = host=${serverHost} port=${serverPort}`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      "unix_socket_dir =",
      "auth_type = trust",
      `auth_file = ${users}`,
      "pool_mode = transaction",
      "max_client_conn = 2000",
      `default_pool_size = ${poolSize}`,
      // node-postgres and drizzle-kit may send these; they would otherwise refuse the connection.
      "ignore_startup_parameters = extra_float_digits,options",
      `admin_users = ${superuser}`,
      `pidfile = ${path.join(dir, "pgbouncer.pid")}`,
      "",
    ].join("\n"),
  );
  giveToService(ini);
  let child;
  const start = async () => {
    child = startService(BINARY, [ini], { log });
    await waitForPort(port);
  };
  await start();
  return {
    port,
    dir,
    log,
    url: (database) => `postgres://${superuser}@127.0.0.1:${port}/${database}`,
    stop: () => stopService(child, "SIGTERM"),
    restart: async () => {
      await stopService(child, "SIGTERM");
      await start();
    },
  };
}
