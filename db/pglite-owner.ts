import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * PGlite serves one process. The running server records its pid beside the data folder, so tools such as
 * `npm run db:seed` can refuse to open the folder while the server has it.
 */
const pidFile = (dataDir: string) => `${dataDir}.pid`;

export function recordOwner(dataDir: string): void {
  // The server records itself before PGlite opens (and creates) the folder, so the folder above may not exist
  // yet, e.g. PGLITE_DATA_DIR in a new directory.
  mkdirSync(path.dirname(dataDir), { recursive: true });
  writeFileSync(pidFile(dataDir), String(process.pid));
}

/** The pid of another live process using the folder, or null. */
export function otherOwner(dataDir: string): number | null {
  if (!existsSync(pidFile(dataDir))) return null;
  const pid = Number(readFileSync(pidFile(dataDir), "utf8"));
  if (!Number.isInteger(pid) || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}
