// npm run cluster: the whole topology on this machine (see topology.ts), until Ctrl-C, then stopped cleanly.
//   npm run cluster -- [--instances 3]
import { ensureProductionBuild } from "../support/production-server";
import { startTopology } from "./topology";

const i = process.argv.indexOf("--instances");
const instances = i > 0 ? Number(process.argv[i + 1]) : 3;

async function main() {
  ensureProductionBuild();
  console.log(`Starting a primary, a streaming replica, pgbouncer, ${instances} app instances and nginx…`);
  const topology = await startTopology({ instances });
  console.log(`\nGradus is up at ${topology.base} — Ctrl-C stops everything.`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping the proxy, the app instances, pgbouncer, the replica and the primary…");
    await topology.stop();
    console.log("Stopped.");
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
