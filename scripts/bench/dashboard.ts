// Dashboard benchmark on PostgreSQL (a script that prints figures; never a test).
//   npx tsx scripts/bench/dashboard.ts [--patients 80] [--days 365] [--requests 60]
// Creates a throwaway database, seeds one clinician with N patients and a year of daily diary each, starts the
// production server on it, and times the patient list and one patient's 365-day chart data against a floor
// (a static page from the same server). The database is dropped afterwards.
import { chromium } from "@playwright/test";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { clinics, patients, users } from "@/db/schema";
import { seedDemoDiary } from "@/db/seed/demo-diaries";
import { demoRevisions, seedDemoPlan } from "@/db/seed/demo-plans";
import { hashPassword } from "@/lib/auth/password";
import { chromiumLaunchOptions } from "../../e2e/support/browser";
import {
  ensureProductionBuild,
  startProductionServer,
  type ProductionServer,
} from "../support/production-server";
import { createThrowawayDatabase } from "../support/throwaway-postgres";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PATIENTS = arg("patients", 80);
const DAYS = arg("days", 365);
const REQUESTS = arg("requests", 60);
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const base = `http://127.0.0.1:${PORT}`;
const EMAIL = "bench.physio@bench.example";
const PASSWORD = "bench physio password";

async function seed(url: string) {
  const handle = await openDatabase({ kind: "postgres", url });
  await migrateDatabase(handle);
  const { db } = handle;
  const [clinic] = await db
    .insert(clinics)
    .values({ name: "Bench clinic", timeZone: "Europe/London" })
    .returning();
  const [physio] = await db
    .insert(users)
    .values({
      clinicId: clinic!.id,
      email: EMAIL,
      name: "Bench Physio",
      role: "clinician",
      passwordHash: await hashPassword(PASSWORD),
    })
    .returning();
  const ids: string[] = [];
  for (let i = 0; i < PATIENTS; i++) {
    const [p] = await db
      .insert(patients)
      .values({
        clinicId: clinic!.id,
        primaryClinicianId: physio!.id,
        fullName: `Patient ${String(i + 1).padStart(3, "0")}`,
        email: `p${i}@bench.example`,
        timeZone: "Europe/London",
        status: "active",
      })
      .returning();
    const revisions = demoRevisions({
      startOffset: -DAYS,
      reason: "Bench plan",
      activities: [
        {
          name: "Walking",
          unit: "minutes",
          baseline: 15,
          startFraction: 0.7,
          progression: { kind: "fixed", step: 1, everyDays: 7 },
          goal: 60,
        },
        {
          name: "Steps",
          unit: "steps",
          baseline: 3000,
          startFraction: 0.7,
          progression: { kind: "percent", percent: 2, everyDays: 7 },
          goal: 9000,
        },
      ],
    });
    await db.transaction(async (tx) => {
      await seedDemoPlan(tx, { clinicId: clinic!.id, patientId: p!.id, authorId: physio!.id }, revisions);
      await seedDemoDiary(
        tx,
        p!.id,
        revisions,
        {
          painStart: 6,
          painEnd: 3,
          skip: 0.1,
          boom: i % 5 === 0 ? 0.2 : 0,
          lastEntry: i % 9 === 0 ? -8 : undefined,
        },
        i + 1,
      );
    });
    ids.push(p!.id);
  }
  await handle.close();
  return ids;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(url: string, cookie: string, n: number) {
  const samples: number[] = [];
  for (let i = 0; i < n + 3; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    if (i >= 3) samples.push(performance.now() - t0); // the first few warm the server up
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function main() {
  ensureProductionBuild();
  const database = await createThrowawayDatabase("gradus_bench");
  let server: ProductionServer | undefined;
  try {
    const t0 = performance.now();
    const ids = await seed(database.url);
    console.log(
      `Seeded ${PATIENTS} patients x ${DAYS} days in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    server = await startProductionServer({ port: PORT, databaseUrl: database.url });

    const browser = await chromium.launch(chromiumLaunchOptions);
    const page = await browser.newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("Email").fill(EMAIL);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/patients$/);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    await browser.close();

    const floor = await time(`${base}/healthz`, cookie, REQUESTS);
    const list = await time(`${base}/patients`, cookie, REQUESTS);
    const chart = await time(`${base}/api/clinic/patients/${ids[0]}/series?range=all`, cookie, REQUESTS);
    const fmt = (ms: number) => `${ms.toFixed(1).padStart(7)} ms`;
    console.log(
      `\nDashboard on PostgreSQL, ${PATIENTS} patients x ${DAYS} days, ${REQUESTS} sequential requests each`,
    );
    console.log(`${"".padEnd(40)}      p50        p95   p95 / floor p95`);
    console.log(`${"floor: static page (/healthz)".padEnd(40)} ${fmt(floor.p50)} ${fmt(floor.p95)}`);
    console.log(
      `${"patient list (/patients, full HTML)".padEnd(40)} ${fmt(list.p50)} ${fmt(list.p95)}   ${(list.p95 / floor.p95).toFixed(1)}x`,
    );
    console.log(
      `${"one patient's chart data, all (~365 d)".padEnd(40)} ${fmt(chart.p50)} ${fmt(chart.p95)}   ${(chart.p95 / floor.p95).toFixed(1)}x`,
    );
  } finally {
    await server?.stop();
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
