import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PatientActor, StaffActor } from "@/db/actor";
import { getPlan } from "@/db/queries/plans";
import { openRedFlags } from "@/db/queries/red-flags";
import { makeClinic, makeStaff, patientActor } from "@/db/testing/factories";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { acknowledgeAlert } from "@/lib/alerts/acknowledge-alert";
import { markReviewed } from "@/lib/alerts/mark-reviewed";
import { saveDiaryEntry } from "@/lib/diary/save-entry";
import { isRedFlagRule, type DataAlertRule } from "@/lib/domain/alerts";
import { addDays } from "@/lib/domain/calendar";
import { localDate } from "@/lib/domain/local-time";
import { respondToFlareUp } from "@/lib/plans/respond-to-flare-up";
import { makePatientWithPlan } from "@/lib/plans/testing";
import { saveMeasure } from "@/lib/outcomes/submit-measure";
import { acknowledgeRedFlag } from "@/lib/red-flags/acknowledge-red-flag";
import { storeRedFlagReport } from "@/lib/red-flags/submit-check-in";
import { diaryInput } from "@/lib/validation/diary";
import { flareUpInput } from "@/lib/validation/plan";
import { recomputeTriageList } from "./testing";
import { triageList } from "./triage-list";

const meta = { ip: null, userAgent: null };
const ZONES = ["Pacific/Auckland", "America/Los_Angeles", "Europe/London"] as const;
let t: TestDatabase;
let physio: StaffActor;

beforeAll(async () => {
  t = await createTestDatabase();
  physio = await makeStaff(t.db, (await makeClinic(t.db)).id);
}, 300_000);
afterAll(() => t.destroy());

/** The kept list and the list recomputed from the raw tables, today and on later days (the clock rules). */
async function expectSummaryEqualsRecomputation() {
  for (const days of [0, 1, 3, 8, 15]) {
    const now = new Date(Date.now() + days * 86_400_000);
    expect(await triageList(t.db, physio, now)).toEqual(await recomputeTriageList(t.db, physio, now));
  }
}

/** A day's entry; the walking quota exists from the plan's first day (today), so earlier days log no activity. */
const dayInput = (painAverage: number, amount: number, baseVersion: number, withActivity = true) =>
  diaryInput.parse({
    clientId: crypto.randomUUID(),
    baseVersion,
    painNow: Math.min(10, painAverage + 1),
    painAverage,
    sleepQuality: 5,
    stress: 4,
    medicationTaken: false,
    medicationNote: null,
    flareUp: false,
    note: null,
    activities: withActivity ? [{ key: "walking", amount }] : [],
  });

type Patient = { actor: PatientActor; zone: string };

const write = fc.oneof(
  fc.record({
    kind: fc.constant("diary" as const),
    back: fc.integer({ min: 0, max: 6 }),
    pain: fc.integer({ min: 0, max: 10 }),
    amount: fc.integer({ min: 0, max: 40 }),
    stale: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("acknowledge" as const) }),
  fc.record({ kind: fc.constant("review" as const) }),
  fc.record({ kind: fc.constant("red_flag" as const), tier: fc.constantFrom("none", "urgent", "emergency") }),
  fc.record({ kind: fc.constant("red_flag_ack" as const) }),
  fc.record({ kind: fc.constant("psfs" as const), score: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ kind: fc.constant("flare_up" as const), hold: fc.boolean() }),
);
type Write = typeof write extends fc.Arbitrary<infer W> ? W : never;

async function apply(p: Patient, w: Write) {
  const staff = { db: t.db, actor: physio, meta };
  const today = localDate(p.zone);
  const patientId = p.actor.patientId;
  switch (w.kind) {
    case "diary": {
      const date = addDays(today, -w.back);
      const stored = await t.db.query.diaryEntries.findFirst({
        where: (e, { and, eq }) => and(eq(e.patientId, patientId), eq(e.entryDate, date)),
      });
      const base = w.stale ? 0 : (stored?.version ?? 0);
      await saveDiaryEntry(
        { db: t.db, actor: p.actor, meta },
        { date, input: dayInput(w.pain, w.amount, base, w.back === 0) },
      );
      return;
    }
    case "acknowledge": {
      const row = (await triageList(t.db, physio)).find((r) => r.id === patientId);
      const open = row?.alerts.find((a) => !isRedFlagRule(a.rule));
      if (open)
        await acknowledgeAlert(staff, { patientId, rule: open.rule as DataAlertRule, note: "Property test" });
      return;
    }
    case "review":
      await markReviewed(staff, { patientId, note: "Reviewed in the property test" });
      return;
    case "red_flag":
      await storeRedFlagReport(
        { db: t.db, actor: p.actor, meta },
        {
          clientId: crypto.randomUUID(),
          trigger: "weekly",
          answeredOn: today,
          answers: w.tier === "none" ? { fever: false } : { fever: true, bladder: w.tier === "emergency" },
          tier: w.tier,
        },
      );
      return;
    case "red_flag_ack": {
      const [open] = await openRedFlags(t.db, physio, patientId);
      if (open) await acknowledgeRedFlag(staff, { patientId, reportId: open.id, note: "Phoned the patient" });
      return;
    }
    case "psfs":
      await saveMeasure(
        { db: t.db, actor: p.actor, meta },
        { clientId: crypto.randomUUID(), instrument: "psfs", takenOn: today, answers: [], score: w.score },
      );
      return;
    case "flare_up": {
      const plan = await getPlan(t.db, physio, patientId);
      await respondToFlareUp(
        staff,
        patientId,
        flareUpInput.parse(
          w.hold
            ? { response: "hold", days: 3, reason: "Flare-up", expectedVersion: plan!.version }
            : { response: "step_back", reason: "Flare-up", expectedVersion: plan!.version },
        ),
      );
      return;
    }
  }
}

async function newPatient(i: number): Promise<Patient> {
  const zone = ZONES[i % ZONES.length]!;
  const created = await makePatientWithPlan(t.db, physio, { withAccount: true, timeZone: zone });
  return { actor: patientActor(created), zone };
}

describe("the triage summary kept on write", () => {
  it("equals the alerts recomputed from the raw tables after any sequence of writes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), write), { minLength: 1, maxLength: 12 }),
        async (writes) => {
          const patients = [await newPatient(writes.length), await newPatient(writes.length + 1)];
          for (const [who, w] of writes) await apply(patients[who]!, w);
          await expectSummaryEqualsRecomputation();
        },
      ),
      { numRuns: 12 },
    );
  }, 600_000);

  it("stays equal when one patient's diary days, a plan revision and a review are saved at the same time", async () => {
    const p = await newPatient(0);
    const plan = await getPlan(t.db, physio, p.actor.patientId);
    await Promise.all([
      ...[0, 1, 2, 3, 4, 5, 6].map((back) =>
        saveDiaryEntry(
          { db: t.db, actor: p.actor, meta },
          {
            date: addDays(localDate(p.zone), -back),
            input: dayInput(back % 2 ? 7 : 3, 10 + back, 0, back === 0),
          },
        ),
      ),
      respondToFlareUp(
        { db: t.db, actor: physio, meta },
        p.actor.patientId,
        flareUpInput.parse({ response: "step_back", reason: "Flare-up", expectedVersion: plan!.version }),
      ),
      // A clinician's review locks the patient meanwhile: it must neither deadlock nor lose a day.
      markReviewed({ db: t.db, actor: physio, meta }, { patientId: p.actor.patientId, note: null }),
    ]);
    const row = (await triageList(t.db, physio)).find((r) => r.id === p.actor.patientId)!;
    expect(row.lastEntryDate).toBe(localDate(p.zone));
    expect(row.painSparkline.filter((v) => v !== null)).toHaveLength(7);
    await expectSummaryEqualsRecomputation();
  }, 120_000);
});

/**
 * Counts the statements sent to the database server (each one round trip): PGlite's client calls, or
 * node-postgres's pool and connection calls (BEGIN and COMMIT included).
 */
function countRoundTrips(handle: TestDatabase) {
  let n = 0;
  const restore: (() => void)[] = [];
  const wrap = <T extends object>(target: T, method: string, weight = 1) => {
    const original = (target as Record<string, unknown>)[method] as (...args: unknown[]) => unknown;
    (target as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
      n += weight;
      return original.apply(this, args);
    };
    restore.push(() => ((target as Record<string, unknown>)[method] = original));
  };
  if (handle.kind === "postgres") {
    const pool = handle.pool;
    wrap(pool, "query");
    const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
    // pool.query checks a connection out with a callback (counted once above); a transaction awaits one.
    (pool as unknown as { connect: (...args: unknown[]) => unknown }).connect = (...args: unknown[]) => {
      if (args.length > 0) return connect(...args);
      return counted(connect() as Promise<{ query: (...a: unknown[]) => unknown }>);
    };
    const counted = async (pending: Promise<{ query: (...a: unknown[]) => unknown }>) => {
      const client = await pending;
      const query = client.query;
      client.query = function (this: unknown, ...args: unknown[]) {
        n += 1;
        return query.apply(this, args);
      };
      restore.push(() => (client.query = query));
      return client;
    };
    restore.push(() => ((pool as unknown as { connect: typeof connect }).connect = connect));
  } else {
    const client = (handle.db as unknown as { $client: object }).$client;
    wrap(client, "query");
    wrap(client, "exec");
    // BEGIN and COMMIT; the statements inside go through the transaction's own object.
    const transaction = (client as { transaction: (fn: (tx: object) => unknown) => unknown }).transaction;
    (client as { transaction: unknown }).transaction = function (this: unknown, fn: (tx: object) => unknown) {
      n += 2;
      return transaction.call(this, (tx: object) => {
        const txQuery = (tx as { query: (...a: unknown[]) => unknown }).query;
        (tx as { query: unknown }).query = (...args: unknown[]) => {
          n += 1;
          return txQuery.apply(tx, args);
        };
        return fn(tx);
      });
    };
    restore.push(() => ((client as { transaction: unknown }).transaction = transaction));
  }
  return {
    get count() {
      return n;
    },
    restore: () => restore.reverse().forEach((r) => r()),
  };
}

describe("a diary save", () => {
  it("takes at most three round trips: new day, edit, resend and conflict", async () => {
    const p = await newPatient(1);
    const ctx = { db: t.db, actor: p.actor, meta };
    const date = localDate(p.zone);
    const first = dayInput(4, 12, 0);
    const measure = async (input: ReturnType<typeof dayInput>) => {
      const counter = countRoundTrips(t);
      try {
        const result = await saveDiaryEntry(ctx, { date, input });
        return { result, trips: counter.count };
      } finally {
        counter.restore();
      }
    };
    const created = await measure(first);
    expect(created.result).toMatchObject({ ok: true, value: { status: "created" } });
    expect(created.trips).toBeGreaterThan(0);
    expect(created.trips).toBeLessThanOrEqual(3);
    const resent = await measure(first);
    expect(resent.result).toMatchObject({ ok: true, value: { status: "unchanged" } });
    expect(resent.trips).toBeLessThanOrEqual(3);
    const edited = await measure({ ...dayInput(6, 14, 1) });
    expect(edited.result).toMatchObject({ ok: true, value: { status: "updated", entry: { version: 2 } } });
    expect(edited.trips).toBeLessThanOrEqual(3);
    const stale = await measure({ ...dayInput(2, 10, 1) });
    expect(stale.result).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(stale.trips).toBeLessThanOrEqual(3);
    // The save is audited and kept in the summary by the same statement.
    const row = (await triageList(t.db, physio)).find((r) => r.id === p.actor.patientId)!;
    expect(row.lastEntryDate).toBe(date);
    expect(row.painSparkline.at(-1)).toBe(6);
  }, 120_000);
});
