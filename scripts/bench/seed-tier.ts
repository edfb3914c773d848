// Generates a tier's data with set-based SQL (generate_series, INSERT ... SELECT), a chunk of clinics per
// statement, so 18M diary rows load in minutes instead of hours. The data is shaped like real care: plans with
// two or three revisions (some a flare-up hold), two activities logged per diary day against the quota in
// force, pain falling over the year with noise, some patients overshooting, going silent or flaring up now,
// so the triage list raises real alerts and the charts draw real lines.
import { clinicsIn, PHYSIOS_PER_CLINIC, type Tier } from "./tiers";
import { withIndexesDeferred } from "./bulk-load";
import type { Sql } from "../support/throwaway-database";

/** Runs one SQL statement (no parameters) on a single connection and returns its rows. */
export type { Sql };

const TODAY = `(now() AT TIME ZONE 'Europe/London')::date`;
/** Patients per generated chunk: about 730k diary rows and 1.5M activity rows per statement. */
const CHUNK = 2_000;

async function people(sql: Sql, tier: Tier, passwordHash: string) {
  const clinics = clinicsIn(tier);
  await sql(`SELECT setseed(0.42)`);
  await sql(
    `CREATE TEMP TABLE bench_clinic AS SELECT c, gen_random_uuid() AS id FROM generate_series(1, ${clinics}) c`,
  );
  await sql(
    `INSERT INTO clinics (id, name, time_zone) SELECT id, 'Bench clinic ' || c, 'Europe/London' FROM bench_clinic`,
  );
  await sql(`CREATE TEMP TABLE bench_physio AS
    SELECT c, k, gen_random_uuid() AS id FROM bench_clinic, generate_series(1, ${PHYSIOS_PER_CLINIC}) k`);
  await sql(`INSERT INTO users (id, clinic_id, email, name, role, password_hash)
    SELECT p.id, bc.id, format('physio%s.%s@bench.example', p.c, p.k), format('Physio %s-%s', p.c, p.k),
      'clinician', '${passwordHash}'
    FROM bench_physio p JOIN bench_clinic bc USING (c)`);
  // One row per patient with everything the generator needs: ids, caseload, plan numbers and a profile.
  await sql(`CREATE TEMP TABLE bench_patient AS
    SELECT n, (n - 1) / ${tier.perClinic} + 1 AS c, (n - 1) % ${PHYSIOS_PER_CLINIC} + 1 AS k,
      gen_random_uuid() AS id, gen_random_uuid() AS user_id, gen_random_uuid() AS plan_id,
      gen_random_uuid() AS rev1, gen_random_uuid() AS rev2, gen_random_uuid() AS rev3,
      ${TODAY} - ${tier.days - 1} AS start_date,
      5 + floor(random() * 3)::int AS pain_start, 1 + floor(random() * 3)::int AS pain_end,
      12 + floor(random() * 14)::int AS walk_base, (25 + floor(random() * 16)::int) * 100 AS steps_base,
      n % 3 = 0 AS has_hold, n % 7 = 0 AS booms, n % 13 = 0 AS flaring,
      CASE WHEN n % 11 = 0 THEN 2 + n % 8 ELSE 0 END AS silent_days
    FROM generate_series(1, ${tier.patients}) n`);
  await sql(`CREATE INDEX ON bench_patient (c)`);
  await sql(`ANALYZE bench_patient`);
  await sql(`INSERT INTO users (id, clinic_id, email, name, role, password_hash)
    SELECT bp.user_id, bc.id, format('patient%s@bench.example', bp.n), format('Patient %s', bp.n), 'patient',
      '${passwordHash}'
    FROM bench_patient bp JOIN bench_clinic bc USING (c)`);
  await sql(`INSERT INTO patients (id, clinic_id, primary_clinician_id, user_id, full_name, email, time_zone, status)
    SELECT bp.id, bc.id, ph.id, bp.user_id, format('Patient %s', lpad(bp.n::text, 5, '0')),
      format('patient%s@bench.example', bp.n), 'Europe/London', 'active'
    FROM bench_patient bp JOIN bench_clinic bc USING (c) JOIN bench_physio ph USING (c, k)`);
}

/** Quota of each revision's activities at its start, as the physio's reviews set them. */
const Q = {
  walk1: `round(bp.walk_base * 0.7)::int`,
  walk2: `least(60, round(bp.walk_base * 0.7)::int + 17)`,
  walk3: `least(60, round(bp.walk_base * 0.7)::int + 34)`,
  steps1: `(round(bp.steps_base * 0.7 / 100) * 100)::int`,
  steps2: `least(9000, (round(bp.steps_base * 0.7 * 1.02 ^ 17 / 100) * 100)::int)`,
  steps3: `least(9000, (round(bp.steps_base * 0.7 * 1.02 ^ 17 * 1.03 ^ 17 / 100) * 100)::int)`,
};

async function plansFor(sql: Sql) {
  const physio = `(SELECT ph.id FROM bench_physio ph WHERE ph.c = bp.c AND ph.k = bp.k)`;
  await sql(`INSERT INTO plans (id, clinic_id, patient_id, version)
    SELECT bp.plan_id, bc.id, bp.id, CASE WHEN bp.has_hold THEN 3 ELSE 2 END
    FROM bench_patient bp JOIN bench_clinic bc USING (c)`);
  const clinic = `(SELECT bc.id FROM bench_clinic bc WHERE bc.c = bp.c)`;
  await sql(`INSERT INTO plan_revisions (clinic_id, id, plan_id, number, kind, effective_from, hold_days, reason,
      author_id)
    SELECT ${clinic}, bp.rev1, bp.plan_id, 1, 'initial'::revision_kind, bp.start_date, 0, 'Graded walking and steps',
      ${physio} FROM bench_patient bp
    UNION ALL SELECT ${clinic}, bp.rev2, bp.plan_id, 2, 'edit'::revision_kind, bp.start_date + 119, 0,
      'Review: steps can rise faster', ${physio} FROM bench_patient bp
    UNION ALL SELECT ${clinic}, bp.rev3, bp.plan_id, 3, 'hold'::revision_kind, bp.start_date + 240, 7,
      'Flare-up after gardening; holding', ${physio} FROM bench_patient bp WHERE bp.has_hold`);
  const activity = (
    rev: string,
    from: string,
    walk: string,
    steps: string,
    stepsPercent: number,
    progressFrom: string,
  ) =>
    `SELECT ${clinic}, ${rev}, 0, 'walking', 'Walking', 'minutes'::activity_unit, bp.walk_base, 0.7, ${walk}, ${progressFrom},
        'fixed'::progression_kind, 1, NULL::numeric, 7, 60 FROM bench_patient bp ${from}
     UNION ALL SELECT ${clinic}, ${rev}, 1, 'steps', 'Steps', 'steps'::activity_unit, bp.steps_base, 0.7, ${steps}, ${progressFrom},
        'percent'::progression_kind, NULL, ${stepsPercent}, 7, 9000 FROM bench_patient bp ${from}`;
  await sql(`INSERT INTO revision_activities (clinic_id, revision_id, position, key, name, unit, baseline, start_fraction,
      start_quota, progress_from, progression_kind, step, percent, every_days, goal)
    ${activity("bp.rev1", "", Q.walk1, Q.steps1, 2, "bp.start_date")}
    UNION ALL ${activity("bp.rev2", "", Q.walk2, Q.steps2, 3, "bp.start_date + 119")}
    UNION ALL ${activity("bp.rev3", "WHERE bp.has_hold", Q.walk3, Q.steps3, 2, "bp.start_date + 247")}`);
}

/** The quota in force on day `d` of the plan (close to lib/domain's schedule; amounts scatter around it). */
const quota = {
  walking: `least(60, CASE WHEN d < 119 THEN ${Q.walk1} + d / 7 WHEN d < 240 OR NOT bp.has_hold
      THEN ${Q.walk2} + (d - 119) / 7 ELSE ${Q.walk3} + greatest(0, d - 247) / 7 END)`,
  steps: `least(9000, CASE WHEN d < 119 THEN ${Q.steps1} * 1.02 ^ (d / 7) WHEN d < 240 OR NOT bp.has_hold
      THEN ${Q.steps2} * 1.03 ^ ((d - 119) / 7) ELSE ${Q.steps3} * 1.02 ^ (greatest(0, d - 247) / 7) END)`,
};

async function diaryChunk(sql: Sql, tier: Tier, fromClinic: number, toClinic: number) {
  // Pain falls linearly over the year with noise; flaring patients jump in their last three days.
  const pain = `least(10, greatest(0, round(bp.pain_start + (bp.pain_end - bp.pain_start) * d / ${tier.days}.0
      + (random() * 2.4 - 1.2) + CASE WHEN bp.flaring AND d >= ${tier.days - 3} THEN 4 ELSE 0 END)))::smallint`;
  // Usually on target (90-125% of quota); boom-bust patients overshoot on a third of days; some days short.
  const factor = `CASE WHEN bp.booms AND random() < 0.33 THEN 1.35 + random() * 0.3
      WHEN random() < 0.07 THEN 0.4 + random() * 0.4 ELSE 0.9 + random() * 0.3 END`;
  await sql(`WITH days AS (
      SELECT bc.id AS clinic_id, bp.id AS patient_id, d, bp.start_date + d AS entry_date, ${pain} AS pain_average
      FROM bench_patient bp JOIN bench_clinic bc USING (c) CROSS JOIN generate_series(0, ${tier.days - 1}) d
      WHERE bp.c BETWEEN ${fromClinic} AND ${toClinic} AND random() > 0.08
        AND bp.start_date + d <= ${TODAY} - bp.silent_days
    ), entries AS (
      INSERT INTO diary_entries (clinic_id, patient_id, entry_date, client_id, pain_now, pain_average, sleep_quality, stress,
        medication_taken, flare_up, created_at, updated_at)
      SELECT clinic_id, patient_id, entry_date, gen_random_uuid(),
        least(10, greatest(0, pain_average + floor(random() * 3)::int - 1)), pain_average,
        (4 + floor(random() * 6))::smallint, (2 + floor(random() * 6))::smallint, random() < 0.3,
        random() < 0.02, entry_date + time '20:30', entry_date + time '20:30'
      FROM days
      RETURNING clinic_id, id, patient_id, entry_date
    )
    INSERT INTO activity_logs (clinic_id, entry_id, activity_key, amount)
    SELECT e.clinic_id, e.id, a.key, round(CASE a.key WHEN 'walking' THEN ${quota.walking}
        ELSE round(${quota.steps} / 100) * 100 END * ${factor})::int
    FROM entries e JOIN bench_patient bp ON bp.id = e.patient_id
      CROSS JOIN LATERAL (SELECT e.entry_date - bp.start_date AS d) day
      CROSS JOIN (VALUES ('walking'), ('steps')) a(key)`);
}

export type SeedFigures = { seconds: number; diaryRows: number; activityRows: number };

/** Fills an empty, migrated database with the tier's data. */
export async function seedTier(sql: Sql, tier: Tier, passwordHash: string, log = console.log) {
  const t0 = performance.now();
  await people(sql, tier, passwordHash);
  await plansFor(sql);
  const clinics = clinicsIn(tier);
  const step = Math.max(1, Math.floor(CHUNK / tier.perClinic));
  await withIndexesDeferred(sql, ["diary_entries", "activity_logs"], async () => {
    for (let c = 1; c <= clinics; c += step) {
      await diaryChunk(sql, tier, c, Math.min(clinics, c + step - 1));
      if (clinics > step)
        log(`  tier ${tier.name}: clinics ${c}-${Math.min(clinics, c + step - 1)} of ${clinics} loaded`);
    }
  });
  // A live database is vacuumed by autovacuum; a freshly loaded one has no visibility map yet, which would
  // make every index-only scan visit the heap. Vacuum once so the figures are those of a settled database.
  await sql(`VACUUM ANALYZE`);
  const [counts] = await sql(`SELECT (SELECT count(*) FROM diary_entries)::int AS diary,
    (SELECT count(*) FROM activity_logs)::int AS logs`);
  return {
    seconds: (performance.now() - t0) / 1000,
    diaryRows: Number(counts!.diary),
    activityRows: Number(counts!.logs),
  } satisfies SeedFigures;
}
