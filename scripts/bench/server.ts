// The production build (`npm run build` first) served by `next start` on one port, pointed at a bench database.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { AUTH_SECRET } from "./sessions";

export type Server = { base: string; stop: () => Promise<void> };

export async function startServer(
  port: number,
  dbEnv: Record<string, string>,
  logFile: string,
): Promise<Server> {
  if (!existsSync(path.join(".next", "BUILD_ID")))
    throw new Error("No production build: run `npm run build` first.");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...dbEnv,
    AUTH_SECRET,
    AUTH_TRUST_HOST: "true",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!dbEnv.DATABASE_URL) delete env.DATABASE_URL;
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join("node_modules", "next", "dist", "bin", "next"),
      "start",
      "-H",
      "127.0.0.1",
      "-p",
      String(port),
    ],
    { env, stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`The server exited early; see ${logFile}`);
    const ok = await fetch(`${base}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return { base, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`The server did not answer within 60 s; see ${logFile}`);
}
