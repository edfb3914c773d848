// After the end-to-end suite: every row the suite (fuzzers included) left in the e2e database must be valid.
// Runs once the server has stopped, since PGlite serves one process.
import path from "node:path";
import { openDatabase } from "@/db/client";
import { E2E_DATA_DIR } from "../support/fixtures";
import { invalidStoredRows } from "@/testing/stored-rows";

async function main() {
  const handle = await openDatabase({
    kind: "pglite",
    dataDir: path.resolve(process.argv[2] ?? E2E_DATA_DIR),
  });
  const { checked, problems } = await invalidStoredRows(handle.db);
  await handle.close();
  console.log(`[stored rows] ${checked} checks on the e2e database, ${problems.length} invalid`);
  for (const p of problems.slice(0, 50)) console.error(`  ${p}`);
  if (problems.length > 0) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
