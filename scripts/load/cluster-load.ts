// The --cluster mode of the one load script, scripts/load/diary-load.ts (npm run load -- --cluster
// [--duration 40] [--patients 60]): a run through the whole topology:
// a primary, a streaming replica, pgbouncer, three app instances and nginx (scripts/cluster/topology.ts).
// Patients save diaries through nginx while a clinician reads charts (served by the replica when fresh); on
// the way one app instance is killed with SIGKILL (and started again), pgbouncer is restarted, and the
// replica is stopped. Phones resend unanswered saves and retry 5xx answers as the portal does. Afterwards every
// acknowledged entry is compared with the primary field by field, every stored row is validated, and the
// audit trail must hold the client's real address, not one it claimed in X-Forwarded-For.
// Exits 1 on a lost or changed entry, a save or read that failed after the retries, or an invalid row.
import { request } from "@playwright/test";
import { Client } from "pg";
import { callAction, form } from "@/testing/server-actions";
import { invalidStoredRows } from "@/testing/stored-rows";
import { openDatabase } from "@/db/client";
import { startTopology, type Topology } from "../cluster/topology";
import { ensureProductionBuild } from "../support/production-server";
import { LOAD_PASSWORD, seedLoadClinic } from "./seed-load";
import { verifyAcknowledged } from "./verify-acknowledged";
import { percentile, runDiaryLoad, signInPatients, type Acknowledged } from "./virtual-patients";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const DURATION = arg("duration", 40);
const PATIENTS = arg("patients", 60);
const SPOOFED = "203.0.113.99";

const failures: string[] = [];
const fail = (what: string) => failures.push(what);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function signInStaff(base: string, email: string, headers: Record<string, string> = {}) {
  const context = await request.newContext({ baseURL: base, extraHTTPHeaders: headers });
  const answer = await callAction(context, {
    page: "/sign-in",
    file: "app/(auth)/sign-in/actions.ts",
    name: "signInAction",
    args: [{ status: "idle" }, form({ email, password: LOAD_PASSWORD })],
  });
  if (!answer.redirect) throw new Error(`${email} could not sign in through the proxy`);
  const cookie = (await context.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  await context.dispose();
  return cookie;
}

/** A clinician opening charts one after another until `until`; answers by status, retrying as a browser reload would. */
async function clinicianReads(base: string, cookie: string, patientIds: string[], until: number) {
  const statuses = new Map<number, number>();
  let reads = 0;
  let retried = 0;
  const latencies: number[] = [];
  while (Date.now() < until) {
    const id = patientIds[Math.floor(Math.random() * patientIds.length)]!;
    for (let attempt = 0; ; attempt++) {
      const t0 = performance.now();
      const status = await fetch(`${base}/api/clinic/patients/${id}/series?range=4w`, {
        headers: { cookie },
        signal: AbortSignal.timeout(20_000),
      })
        .then(async (r) => (await r.arrayBuffer(), r.status))
        .catch(() => 0);
      if ((status === 0 || status >= 500) && attempt < 4) {
        retried++;
        await wait(1000 * 2 ** attempt);
        continue;
      }
      reads++;
      latencies.push(performance.now() - t0);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      break;
    }
  }
  return { reads, retried, statuses, latencies };
}

async function replicaTransactions(topology: Topology) {
  const client = new Client({ connectionString: topology.replica.url("gradus") });
  try {
    await client.connect();
    const { rows } = await client.query<{ n: string }>(
      "SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()",
    );
    return Number(rows[0]!.n);
  } catch {
    return NaN;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The cluster run; diary-load.ts calls it for --cluster. */
export async function runClusterLoad() {
  ensureProductionBuild();
  let patientIds: string[] = [];
  const topology = await startTopology({
    beforeApps: async (url) => {
      ({ patientIds } = await seedLoadClinic(url, PATIENTS));
    },
  });
  try {
    const { base } = topology;
    const cookies = await signInPatients(base, PATIENTS);
    // The clinician signs in claiming another address; with one trusted hop the audit must show nginx's view.
    const staffCookie = await signInStaff(base, "physio@load.example", { "X-Forwarded-For": SPOOFED });
    console.log(`\n${PATIENTS} patients and a clinician signed in through nginx; load for ${DURATION} s`);

    const acknowledged: Acknowledged = new Map();
    const events: string[] = [];
    const started = Date.now();
    const at = (fraction: number, what: string, action: () => Promise<void>) =>
      wait(DURATION * 1000 * fraction).then(async () => {
        const t0 = performance.now();
        await action();
        events.push(
          `  ${((Date.now() - started) / 1000).toFixed(1)} s: ${what} (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
        );
      });
    const replicaBefore = await replicaTransactions(topology);
    let replicaMidway = NaN;
    const [load, reads] = await Promise.all([
      runDiaryLoad({
        base,
        cookies,
        seconds: DURATION,
        acknowledged,
        retryUnanswered: true,
        retryServerErrors: true,
      }),
      clinicianReads(base, staffCookie, patientIds, started + DURATION * 1000),
      at(0.2, "app instance 1 killed with SIGKILL", () => topology.killApp(0)),
      at(0.4, "app instance 1 started again", () => topology.startApp(0)),
      at(0.55, "pgbouncer restarted", () => topology.pgbouncer.restart()),
      at(0.7, "replica stopped", async () => {
        replicaMidway = await replicaTransactions(topology);
        await topology.replica.stop();
      }),
    ]);
    console.log("\nFaults during the load:");
    for (const line of events) console.log(line);

    const check = await verifyAcknowledged(topology.directUrl, patientIds, acknowledged);
    const refused = [...load.refused].map(([s, n]) => `${n} x ${s}`).join(", ") || "none";
    console.log(`\nDiary saves through nginx -> 3 instances -> pgbouncer -> primary`);
    console.log(
      `  requests ${load.requests} in ${load.seconds.toFixed(1)} s = ${(load.requests / load.seconds).toFixed(0)} req/s; p50 ${percentile(load.latenciesMs, 50).toFixed(1)} ms, p95 ${percentile(load.latenciesMs, 95).toFixed(1)} ms`,
    );
    console.log(
      `  acknowledged ${load.acknowledged}; retried after a 5xx ${load.retriedServerErrors}; resent unanswered ${load.unanswered}; failed after retries: ${refused}`,
    );
    console.log(
      `  distinct patient-days acknowledged ${check.acknowledged}, identical in the database ${check.found}, missing ${check.missing.length}, different ${check.different.length}`,
    );
    for (const line of [...check.missing.map((k) => `missing ${k}`), ...check.different].slice(0, 10))
      console.log(`    ${line}`);
    if (load.refused.size > 0) fail("saves failed after the portal's retries");
    if (check.found !== check.acknowledged) fail("acknowledged entries lost or changed");

    const readStatuses = [...reads.statuses].map(([s, n]) => `${n} x ${s}`).join(", ");
    console.log(`\nClinician chart reads through nginx (replica while fresh, else primary)`);
    console.log(
      `  ${reads.reads} reads: ${readStatuses}; retried ${reads.retried}; p50 ${percentile(reads.latencies, 50).toFixed(1)} ms, p95 ${percentile(reads.latencies, 95).toFixed(1)} ms`,
    );
    console.log(
      `  transactions served by the replica before it was stopped: ${replicaMidway - replicaBefore} (pg_stat_database)`,
    );
    if ([...reads.statuses.keys()].some((s) => s !== 200)) fail("chart reads failed after retries");

    const handle = await openDatabase({ kind: "postgres", url: topology.directUrl });
    try {
      const rows = await invalidStoredRows(handle.db);
      console.log(
        `\nEvery stored row valid: ${rows.problems.length === 0 ? "yes" : "NO"} (${rows.checked} checks)`,
      );
      if (rows.problems.length > 0) fail(`invalid stored rows: ${rows.problems.slice(0, 5).join("; ")}`);
      const audit = new Client({ connectionString: topology.directUrl });
      await audit.connect();
      const { rows: signIns } = await audit.query<{ ip: string | null }>(
        "SELECT e.ip FROM audit_events e JOIN users u ON u.id = e.actor_user_id WHERE u.email = $1 AND e.action = 'auth.sign_in.success'",
        ["physio@load.example"],
      );
      await audit.end();
      const ips = signIns.map((r) => r.ip);
      console.log(
        `Clinician's sign-in audited from ${ips.join(", ")} (claimed X-Forwarded-For ${SPOOFED}; TRUSTED_PROXY_HOPS=1)`,
      );
      if (ips.length === 0 || ips.some((ip) => ip === SPOOFED))
        fail("the audit trail took the claimed address");
    } finally {
      await handle.close();
    }
  } finally {
    await topology.stop();
  }
  if (failures.length > 0) {
    console.error(`\nFAILED:\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
  console.log("\nAll cluster load and fault checks passed.");
}
