// Proves the schema and the queries fit a cluster distributed by clinic_id (docs/SCALING.md, Step 4): runs the
// data-layer suite with every statement captured (GRADUS_SQL_LOG), then scripts/cluster/distribution-check.ts
// on what it sent. On PostgreSQL when TEST_DATABASE_URL is set (through scripts/test-postgres.mjs), otherwise
// on in-memory PGlite. Extra arguments go to vitest (e.g. a subset of files).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dir = mkdtempSync(path.join(tmpdir(), "gradus-distribution-"));
const log = path.join(dir, "sql.log");
const env = { ...process.env, GRADUS_SQL_LOG: log };
const args = process.argv.slice(2);
const suite = process.env.TEST_DATABASE_URL
  ? spawnSync("node", ["scripts/test-postgres.mjs", ...args], { stdio: "inherit", env })
  : spawnSync("npx", ["vitest", "run", "--project", "db", ...args], { stdio: "inherit", env });
const check = spawnSync("npx", ["tsx", "scripts/cluster/distribution-check.ts", log], {
  stdio: "inherit",
  env,
});
rmSync(dir, { recursive: true, force: true });
if (suite.status !== 0)
  console.log("[gradus] The data-layer suite failed: the check above read what it sent.");
process.exit(suite.status !== 0 ? (suite.status ?? 1) : (check.status ?? 1));
