// Runs the data-layer suite against a PostgreSQL server. Each test file creates its own database and drops
// it afterwards, so nothing depends on what an earlier run left behind.
//   npm run test:pg                   straight to the server
//   npm run test:pg -- --pgbouncer    through a pgbouncer in transaction mode started on a free port, as the
//                                     app runs when DATABASE_URL points at a pooler
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { startPgbouncer } from "./cluster/pgbouncer.mjs";

const url = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const throughPooler = process.argv.includes("--pgbouncer");
const env = { ...process.env, TEST_DATABASE_URL: url };
let pooler;
if (throughPooler) {
  const server = new URL(url);
  pooler = await startPgbouncer({ serverHost: server.hostname, serverPort: Number(server.port || 5432) });
  const pooled = new URL(url);
  pooled.host = `127.0.0.1:${pooler.port}`;
  env.TEST_DATABASE_URL = pooled.toString();
  env.TEST_DATABASE_DIRECT_URL = url;
  console.log(`[gradus] Through pgbouncer (transaction mode) on port ${pooler.port}; log ${pooler.log}`);
}
console.log(
  `[gradus] Data-layer tests on PostgreSQL: ${env.TEST_DATABASE_URL.replace(/\/\/[^@]*@/, "//…@")}`,
);
const vitestArgs = process.argv.slice(2).filter((a) => a !== "--pgbouncer");
const result = spawnSync("npx", ["vitest", "run", "--project", "db", ...vitestArgs], {
  stdio: "inherit",
  env,
});
await pooler?.stop();
if (pooler) rmSync(pooler.dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
