// Small helpers for starting Debian's servers (PostgreSQL, pgbouncer, nginx) as child processes of a script:
// free ports, a private folder the servers may write to, and running as the `postgres` user when we are root
// (PostgreSQL and pgbouncer refuse to run as root).
import { spawn } from "node:child_process";
import { chownSync, mkdtempSync, openSync } from "node:fs";
import { createServer, connect } from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";

const asRoot = process.getuid?.() === 0;
const serviceUser = asRoot ? Number(execFileSync("id", ["-u", "postgres"]).toString()) : undefined;
const serviceGroup = asRoot ? Number(execFileSync("id", ["-g", "postgres"]).toString()) : undefined;

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on the port, or rejects after `ms`. */
export async function waitForPort(port, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listens on port ${port} after ${ms} ms`);
}

/** A fresh folder under the system's temp folder, owned by the user the servers run as. */
export function serviceFolder(prefix) {
  const dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  if (asRoot) chownSync(dir, serviceUser, serviceGroup);
  return dir;
}

/** Writes nothing itself: hands a file to the service user when we are root. */
export function giveToService(file) {
  if (asRoot) chownSync(file, serviceUser, serviceGroup);
}

/** The name PostgreSQL servers we start know as superuser (the user that ran initdb). */
export const superuser = asRoot ? "postgres" : userInfo().username;

/**
 * Runs a program (as `postgres` when we are root); `log` gets its output. Answers the child; `detached` puts it
 * in its own process group so stopping it reaches everything it started.
 */
export function startService(command, args, { log, cwd } = {}) {
  const out = log ? openSync(log, "a") : "ignore";
  return spawn(command, args, {
    cwd,
    stdio: ["ignore", out, out],
    detached: true,
    ...(asRoot ? { uid: serviceUser, gid: serviceGroup } : {}),
  });
}

/** Stops a child started by startService and waits for it to exit. */
export async function stopService(child, signal = "SIGTERM") {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
  await exited;
}

/** Runs a program to completion (as `postgres` when we are root), throwing with its output on failure. */
export function runService(command, args) {
  return execFileSync(command, args, {
    stdio: ["ignore", "pipe", "pipe"],
    ...(asRoot ? { uid: serviceUser, gid: serviceGroup } : {}),
  }).toString();
}
