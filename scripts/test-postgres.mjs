// Runs the data-layer suite against a PostgreSQL server. Each test file creates its own database and drops
// it afterwards, so nothing depends on what an earlier run left behind.
import { spawnSync } from "node:child_process";

const url = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
console.log(`[gradus] Data-layer tests on PostgreSQL: ${url.replace(/\/\/[^@]*@/, "//…@")}`);
const result = spawnSync("npx", ["vitest", "run", "--project", "db"], {
  stdio: "inherit",
  env: { ...process.env, TEST_DATABASE_URL: url },
});
process.exit(result.status ?? 1);
