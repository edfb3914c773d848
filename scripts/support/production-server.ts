// Starts the production build (our server entry, scripts/server.mjs) on a database of the script's choosing, on 127.0.0.1 only.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync } from "node:fs";
import path from "node:path";

const nextBin = path.join("node_modules", "next", "dist", "bin", "next");

/** Builds once when there is no production build yet (the end-to-end run leaves one behind). */
export function ensureProductionBuild() {
  if (existsSync(path.join(".next", "BUILD_ID"))) return;
  console.log("No production build yet: building…");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

export type ProductionServer = {
  base: string;
  process: ChildProcess;
  /** Ends the server's whole process group: SIGTERM to stop, SIGKILL to simulate a crash. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
};

/**
 * `env` carries the database: DATABASE_URL for PostgreSQL, or PGLITE_DATA_DIR (then any DATABASE_URL of the
 * calling shell is dropped, so the server opens the folder). `logFile` keeps the server's output.
 */
export async function startProductionServer({
  port,
  env,
  authSecret = "load-and-bench-secret-load-and-bench-secret",
  logFile,
  cwd,
}: {
  port: number;
  /** The app folder whose build to serve (another checkout's, to compare); the current folder by default. */
  cwd?: string;
  env: Record<string, string>;
  authSecret?: string;
  logFile?: string;
}): Promise<ProductionServer> {
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    // Load and benchmark traffic comes from one address and few accounts: it measures throughput, not the
    // write limit (lib/limits/write-limit.ts), so the limit is lifted unless the caller sets it.
    WRITE_LIMIT_PER_ACCOUNT: "1000000",
    WRITE_LIMIT_PER_ADDRESS: "1000000",
    ...env,
    AUTH_SECRET: authSecret,
    AUTH_TRUST_HOST: "true",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!env.DATABASE_URL) delete serverEnv.DATABASE_URL;
  const child = spawn(process.execPath, [path.join("scripts", "server.mjs"), "-H", "127.0.0.1"], {
    env: { ...serverEnv, PORT: String(port) },
    cwd,
    stdio: logFile ? ["ignore", "pipe", "pipe"] : "ignore",
    // Its own process group, so a kill reaches every process the server started.
    detached: true,
  });
  if (logFile) {
    mkdirSync(path.dirname(logFile), { recursive: true });
    const log = createWriteStream(logFile);
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // Already gone.
      }
    }
    await exited;
  };
  for (let i = 0; i < 240; i++) {
    const up = await fetch(`${base}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (up) return { base, process: child, stop };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop("SIGKILL");
  throw new Error(`The server on port ${port} did not start${logFile ? `; see ${logFile}` : ""}`);
}
