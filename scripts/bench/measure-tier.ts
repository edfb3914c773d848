// One tier on one engine: create and seed a throwaway database, serve the production build on it, time the
// floors and the budgeted requests, run the diary load, then drop everything.
import { hashPassword } from "@/lib/auth/password";
import { freePort } from "@/testing/free-port";
import { startProductionServer, type ProductionServer } from "../support/production-server";
import { createThrowawayDatabase, type Engine } from "../support/throwaway-database";
import { countDiaryLoad, prepareDiaryLoad, runDiaryLoad, type DiaryLoad } from "./diary-load";
import { seedTier, type SeedFigures, type Sql } from "./seed-tier";
import { AUTH_SECRET, signIn } from "./sessions";
import { PHYSIOS_PER_CLINIC, type Tier } from "./tiers";
import { getOk, runConcurrent, stats, timeSequential, type Stats } from "./timing";

export type Counts = {
  sequential: number;
  diaryPatients: number;
  diaryDays: number;
  concurrency: number;
  /** App instances on PostgreSQL (one Node process uses one core, so several run side by side). */
  instances: number;
};

export type TierResult = {
  tier: Tier["name"];
  engine: Engine;
  instances: number;
  patients: number;
  /** Patients in the measured physio's clinic, and in their own caseload. */
  clinicPatients: number;
  caseload: number;
  seed: SeedFigures;
  /** The static page once by one client, then under the diary load's concurrency (its throughput ceiling). */
  floors: { staticPage: Stats; select1: Stats; staticUnderLoad: { perSecond: number; latency: Stats } };
  /** A signed-in clinic page with no data (/patients/new): what session check and Next SSR cost alone. */
  signedInPage: Stats;
  clinicianList: Stats;
  clinicList: Stats;
  chart365: Stats;
  diary: DiaryLoad;
};

/** What the pages under test are opened as: one physio of clinic 1 and one of their patients. */
export type Subjects = { physioCookie: string; patientCookie: string; chartPatientId: string };

async function subjects(sql: Sql): Promise<Subjects> {
  const [physio] = await sql(`SELECT id FROM users WHERE email = 'physio1.1@bench.example'`);
  const [patient] = await sql(`SELECT id, user_id FROM patients WHERE email = 'patient1@bench.example'`);
  const [staff, own] = await signIn(sql, [String(physio!.id), String(patient!.user_id)]);
  return { physioCookie: staff!.cookie, patientCookie: own!.cookie, chartPatientId: String(patient!.id) };
}

export async function measureTier(
  tier: Tier,
  engine: Engine,
  counts: Counts,
  port: number | undefined,
  /** Extra measurements made while this tier's server runs (first-load JS, Lighthouse). */
  whileServing?: (server: ProductionServer, who: Subjects) => Promise<void>,
  log = console.log,
): Promise<TierResult> {
  const database = await createThrowawayDatabase(`gradus_bench_${tier.name.toLowerCase()}`, {
    engine,
    migrated: true,
  });
  let servers: ProductionServer[] = [];
  const stopAll = async () => {
    await Promise.all(servers.map((s) => s.stop()));
    servers = [];
  };
  let conn: Awaited<ReturnType<typeof database.connect>> | undefined;
  try {
    conn = await database.connect();
    log(`tier ${tier.name} on ${engine}: generating ${tier.patients} patients x ${tier.days} days`);
    const seed = await seedTier(conn.sql, tier, await hashPassword("bench physio password"), log);
    log(
      `tier ${tier.name} on ${engine}: ${seed.diaryRows} diary rows, ${seed.activityRows} activity rows in ${seed.seconds.toFixed(1)} s`,
    );
    const who = await subjects(conn.sql);
    const load = await prepareDiaryLoad(conn.sql, { patients: counts.diaryPatients, days: counts.diaryDays });
    const sql = conn.sql;
    const select1 = await timeSequential(async () => void (await sql("SELECT 1")), counts.sequential * 3);
    if (engine === "pglite") {
      await conn.close(); // PGlite serves one process: the server takes it over.
      conn = undefined;
    }

    // PGlite serves one process; on PostgreSQL the load is spread over the instances, round robin.
    const instances = engine === "pglite" ? 1 : counts.instances;
    servers = await Promise.all(
      Array.from({ length: instances }, async (_, i) =>
        startProductionServer({
          port: port === undefined ? await freePort() : port + i,
          env: database.env,
          authSecret: AUTH_SECRET,
          logFile: `.data/bench-server-${tier.name}-${engine}-${i}.log`,
        }),
      ),
    );
    const bases = servers.map((s) => s.base);
    const base = bases[0]!;
    const n = counts.sequential;
    const staticPage = await timeSequential(() => getOk(`${base}/healthz`), n * 3);
    const signedInPage = await timeSequential(() => getOk(`${base}/patients/new`, who.physioCookie), n);
    const clinicianList = await timeSequential(
      () => getOk(`${base}/patients?view=mine`, who.physioCookie),
      n,
    );
    const clinicList = await timeSequential(() => getOk(`${base}/patients`, who.physioCookie), n);
    const chart365 = await timeSequential(
      () => getOk(`${base}/api/clinic/patients/${who.chartPatientId}/series?range=all`, who.physioCookie),
      n,
    );
    const submissions = load.cookies.length * load.dates.length;
    const staticRun = await runConcurrent(
      Array.from({ length: submissions }, (_, i) => () => getOk(`${bases[i % instances]}/healthz`)),
      counts.concurrency,
    );
    const staticUnderLoad = {
      perSecond: submissions / staticRun.seconds,
      latency: stats(staticRun.latencies),
    };
    log(`tier ${tier.name} on ${engine}: ${submissions} diary submissions`);
    const run = await runDiaryLoad(bases, load, counts.concurrency);
    if (whileServing) await whileServing(servers[0]!, who);

    if (!conn) {
      await stopAll();
      conn = await database.connect();
    }
    const stored = await countDiaryLoad(conn.sql, load);
    return {
      tier: tier.name,
      engine,
      instances,
      patients: tier.patients,
      clinicPatients: Math.min(tier.perClinic, tier.patients),
      caseload: Math.min(tier.perClinic, tier.patients) / PHYSIOS_PER_CLINIC,
      seed,
      floors: { staticPage, select1, staticUnderLoad },
      signedInPage,
      clinicianList,
      clinicList,
      chart365,
      diary: { ...run, stored },
    };
  } finally {
    await stopAll();
    await conn?.close().catch(() => undefined);
    await database.drop();
  }
}
