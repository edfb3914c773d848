// Load and fault test on PostgreSQL (a script that prints figures and fails on a real failure; never a test).
//   npm run load -- [--duration 60] [--patients 100]
//   npm run load -- --cluster [--duration 40] [--patients 60]   (the topology run in ./cluster-load.ts)
// On a throwaway database with the production build: (a) patients save diaries concurrently for the duration,
// then every acknowledged entry is compared with the database field by field; (b) the same load for half the
// duration with the server killed (SIGKILL) halfway and restarted, the phones retrying unanswered saves, then
// the same comparison and a check of every stored row against the app's validation; (c) a second instance on
// the same database: a session made on one works on the other, signing out on one ends it on both, and failed
// sign-ins split across both hit the limit at the same total.
// Exits 1 on a lost or changed entry, a 5xx or refused save, an invalid row, or state not shared.
import {
  ensureProductionBuild,
  startProductionServer,
  type ProductionServer,
} from "../support/production-server";
import { freePort } from "@/testing/free-port";
import { groupCpuSeconds } from "../support/process-cpu";
import { createThrowawayDatabase } from "../support/throwaway-database";
import { openDatabase } from "@/db/client";
import { invalidStoredRows } from "@/testing/stored-rows";
import { seedLoadClinic } from "./seed-load";
import { runClusterLoad } from "./cluster-load";
import { checkTwoInstances } from "./two-instances";
import { verifyAcknowledged, type Verification } from "./verify-acknowledged";
import { percentile, runDiaryLoad, signInPatients, type Acknowledged, type Phase } from "./virtual-patients";

import { loadavg } from "node:os";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const DURATION = arg("duration", 60);
const PATIENTS = arg("patients", 100);
/** LOAD_PORT fixes the first instance's port (the second gets the next); by default both are free ports. */
const fixedPort = process.env.LOAD_PORT ? Number(process.env.LOAD_PORT) : undefined;

const failures: string[] = [];
const fail = (what: string) => failures.push(what);

function report(title: string, phase: Phase, check: Verification) {
  const refused = [...phase.refused].map(([s, n]) => `${n} x ${s}`).join(", ") || "none";
  console.log(`\n${title}`);
  console.log(
    `  requests ${phase.requests} in ${phase.seconds.toFixed(1)} s = ${(phase.requests / phase.seconds).toFixed(0)} req/s`,
  );
  console.log(
    `  answered p50 ${percentile(phase.latenciesMs, 50).toFixed(1)} ms, p95 ${percentile(phase.latenciesMs, 95).toFixed(1)} ms`,
  );
  console.log(
    `  acknowledged saves ${phase.acknowledged}; refused: ${refused}; unanswered: ${phase.unanswered}`,
  );
  console.log(
    `  distinct patient-days acknowledged ${check.acknowledged}, found identical in the database ${check.found}, missing ${check.missing.length}, different ${check.different.length}`,
  );
  for (const line of [...check.missing.map((k) => `missing ${k}`), ...check.different].slice(0, 10))
    console.log(`    ${line}`);
}

async function storedRowProblems(url: string) {
  const handle = await openDatabase({ kind: "postgres", url });
  try {
    return await invalidStoredRows(handle.db);
  } finally {
    await handle.close();
  }
}

async function main() {
  ensureProductionBuild();
  // Instance A keeps its port across the SIGKILL restart, so the virtual patients keep their address.
  const PORT_A = fixedPort ?? (await freePort());
  const PORT_B = fixedPort ? fixedPort + 1 : await freePort();
  const database = await createThrowawayDatabase("gradus_load");
  const servers: ProductionServer[] = [];
  try {
    const { patientIds } = await seedLoadClinic(database.url, PATIENTS);
    let serverA = await startProductionServer({ port: PORT_A, env: database.env });
    servers.push(serverA);
    const cookies = await signInPatients(serverA.base, PATIENTS);
    console.log(`${PATIENTS} patients signed in on a throwaway PostgreSQL database; load for ${DURATION} s`);
    const acknowledged: Acknowledged = new Map();

    // (a) Load without faults: nothing refused, nothing lost.
    const cpuBefore = groupCpuSeconds(serverA.process.pid!);
    const a = await runDiaryLoad({
      base: serverA.base,
      cookies,
      seconds: DURATION,
      acknowledged,
      retryUnanswered: false,
    });
    const cpuMsPerSave = ((groupCpuSeconds(serverA.process.pid!) - cpuBefore) * 1000) / a.requests;
    const checkA = await verifyAcknowledged(database.url, patientIds, acknowledged);
    report(`(a) ${PATIENTS} concurrent patients saving diaries`, a, checkA);
    // Read apart from the machine's other work: CPU per save does not depend on how busy the cores were.
    console.log(
      `  app server CPU ${cpuMsPerSave.toFixed(1)} ms per save, about ${(1000 / cpuMsPerSave).toFixed(0)} saves/s per free core (machine load average ${loadavg()[0]!.toFixed(1)})`,
    );
    if (a.refused.size > 0 || a.unanswered > 0) fail("(a) saves were refused or unanswered under load");
    if (checkA.found !== checkA.acknowledged) fail("(a) acknowledged entries missing or changed");

    // (b) SIGKILL halfway, restart at once; every acknowledged entry must survive.
    let downAt = 0;
    let upAt = 0;
    const b = await runDiaryLoad({
      base: serverA.base,
      cookies,
      seconds: Math.max(10, Math.round(DURATION / 2)),
      acknowledged,
      retryUnanswered: true,
      onHalfway: async () => {
        downAt = performance.now();
        await serverA.stop("SIGKILL");
        serverA = await startProductionServer({ port: PORT_A, env: database.env });
        servers.push(serverA);
        upAt = performance.now();
      },
    });
    const checkB = await verifyAcknowledged(database.url, patientIds, acknowledged);
    report(
      `(b) the same load, server killed with SIGKILL halfway and restarted (${((upAt - downAt) / 1000).toFixed(1)} s down)`,
      b,
      checkB,
    );
    if ([...b.refused.keys()].some((s) => s >= 500)) fail("(b) 5xx answers around the restart");
    if (checkB.found !== checkB.acknowledged) fail("(b) acknowledged entries lost or changed after the kill");
    const rowCheck = await storedRowProblems(database.url);
    console.log(
      `  every stored row valid: ${rowCheck.problems.length === 0 ? "yes" : "NO"} (${rowCheck.checked} checks)`,
    );
    if (rowCheck.problems.length > 0)
      fail(`invalid stored rows: ${rowCheck.problems.slice(0, 5).join("; ")}`);

    // (c) Two instances on one database.
    const serverB = await startProductionServer({ port: PORT_B, env: database.env });
    servers.push(serverB);
    const c = await checkTwoInstances(serverA.base, serverB.base, 0);
    console.log(`\n(c) two instances on one PostgreSQL database (ports ${PORT_A} and ${PORT_B})`);
    console.log(`  session made on A works on B: ${c.sessionWorksOnOther ? "yes" : "NO"}`);
    console.log(`  signing out on A ends it on B: ${c.signOutEndsItOnOther ? "yes" : "NO"}`);
    console.log(
      `  failed sign-ins alternating A/B: refused as rate-limited at attempt ${c.limitedAtAttempt ?? "never"} (one instance: ${c.expectedLimitAt}); right password then refused: ${c.rightPasswordRefusedAfterLimit ? "yes" : "NO"}`,
    );
    if (!c.sessionWorksOnOther || !c.signOutEndsItOnOther) fail("(c) sessions not shared between instances");
    if (c.limitedAtAttempt !== c.expectedLimitAt || !c.rightPasswordRefusedAfterLimit)
      fail("(c) sign-in rate limit not counted across instances");
  } finally {
    for (const s of servers) await s.stop("SIGTERM");
    await database.drop();
  }
  if (failures.length > 0) {
    console.error(`\nFAILED:\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
  console.log("\nAll load and fault checks passed.");
}

// --cluster: the same kind of run through the whole topology (pooler, replica, three instances, nginx).
(process.argv.includes("--cluster") ? runClusterLoad() : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
