// Diary submission under concurrency: many distinct signed-in patients PUT a day of their diary at once, as the
// portal does (app/api/portal/diary/[date]). Their last days are cleared first, so every request creates an
// entry; afterwards the rows are counted, so a lost write shows up as a difference, not as a fast figure.
import { randomUUID } from "node:crypto";
import type { DiaryInput } from "@/lib/validation/diary";
import type { Sql } from "./seed-tier";
import { signIn } from "./sessions";
import { runConcurrent, stats, type Stats } from "./timing";

export type DiaryLoad = {
  requests: number;
  patients: number;
  concurrency: number;
  seconds: number;
  perSecond: number;
  latency: Stats;
  statuses: Record<string, number>;
  /** Entries (and activity rows) found afterwards for the submitted days, against what was sent. */
  stored: { entries: number; activities: number; expectedEntries: number; expectedActivities: number };
};

const TODAY = `(now() AT TIME ZONE 'Europe/London')::date`;

function body(i: number): DiaryInput {
  return {
    clientId: randomUUID(),
    baseVersion: 0,
    painNow: 3 + (i % 3),
    painAverage: 3 + (i % 2),
    sleepQuality: 6,
    stress: 4,
    medicationTaken: i % 4 === 0,
    medicationNote: null,
    flareUp: false,
    note: i % 5 === 0 ? "Walked to the shops and back." : null,
    activities: [
      { key: "walking", amount: 30 + (i % 10) },
      { key: "steps", amount: 5000 + (i % 7) * 100 },
    ],
  };
}

export type PreparedLoad = { window: string; dates: string[]; cookies: string[] };

/**
 * Picks `patients` active patients, clears their last `days` days and signs them in. Done before the server
 * starts (PGlite serves one process at a time).
 */
export async function prepareDiaryLoad(
  sql: Sql,
  opts: { patients: number; days: number },
): Promise<PreparedLoad> {
  await sql(`SELECT setseed(0.7)`);
  const chosen = await sql(`SELECT id, user_id FROM patients WHERE status = 'active' AND user_id IS NOT NULL
    ORDER BY random() LIMIT ${opts.patients}`);
  const ids = `ARRAY['${chosen.map((p) => p.id).join("','")}']::uuid[]`;
  const window = `e.entry_date > ${TODAY} - ${opts.days} AND e.patient_id = ANY(${ids})`;
  await sql(`DELETE FROM diary_entries e WHERE ${window}`);
  const dates = await sql(`SELECT (${TODAY} - d)::text AS date FROM generate_series(0, ${opts.days - 1}) d`);
  const signedIn = await signIn(
    sql,
    chosen.map((p) => String(p.user_id)),
  );
  return { window, dates: dates.map((r) => String(r.date)), cookies: signedIn.map((c) => c.cookie) };
}

/** Every prepared patient submits each day, `concurrency` requests in flight. */
export async function runDiaryLoad(bases: string[], load: PreparedLoad, concurrency: number) {
  // Day by day across all patients, so the requests in flight at any moment are from distinct patients.
  const jobs = load.dates.flatMap((date) =>
    load.cookies.map((cookie, i) => async () => {
      const res = await fetch(`${bases[i % bases.length]}/api/portal/diary/${date}`, {
        method: "PUT",
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify(body(i)),
      });
      await res.arrayBuffer();
      return res.status;
    }),
  );
  const run = await runConcurrent(jobs, concurrency);
  const statuses: Record<string, number> = {};
  for (const s of run.results) statuses[s] = (statuses[s] ?? 0) + 1;
  return {
    requests: jobs.length,
    patients: load.cookies.length,
    concurrency,
    seconds: run.seconds,
    perSecond: jobs.length / run.seconds,
    latency: stats(run.latencies),
    statuses,
  };
}

/** What was stored for the submitted days, against what was sent. */
export async function countDiaryLoad(sql: Sql, load: PreparedLoad): Promise<DiaryLoad["stored"]> {
  const [count] = await sql(`SELECT count(DISTINCT e.id)::int AS entries, count(a.id)::int AS activities
    FROM diary_entries e LEFT JOIN activity_logs a ON a.entry_id = e.id WHERE ${load.window}`);
  const sent = load.dates.length * load.cookies.length;
  return {
    entries: Number(count!.entries),
    activities: Number(count!.activities),
    expectedEntries: sent,
    expectedActivities: sent * 2,
  };
}
