import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * PGlite serves one process. The running server records its pid beside the data folder, so tools such as
 * `npm run db:seed` can refuse to open the folder while the server has it.
 */
const pidFile = (dataDir: string) => `${dataDir}.pid`;
// The fs calls carry Turbopack ignore comments: their paths are only known at run time (see db/client.ts).

export function recordOwner(dataDir: string): void {
  // The server records itself before PGlite opens (and creates) the folder, so the folder above may not exist
  // yet, e.g. PGLITE_DATA_DIR in a new directory.
  mkdirSync(/* turbopackIgnore: true */ path.dirname(dataDir), { recursive: true });
  writeFileSync(/* turbopackIgnore: true */ pidFile(dataDir), String(process.pid));
}

/** The pid of another live process using the folder, or null. */
export function otherOwner(dataDir: string): number | null {
  if (!existsSync(/* turbopackIgnore: true */ pidFile(dataDir))) return null;
  const pid = Number(readFileSync(/* turbopackIgnore: true */ pidFile(dataDir), "utf8"));
  if (!Number.isInteger(pid) || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}
