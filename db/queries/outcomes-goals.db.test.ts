import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PatientActor, StaffActor } from "../actor";
import { auditEvents, goals, measureResponses } from "../schema";
import { makeClinic, makePatient, makeStaff, patientActor } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { createGoal as createGoalChange } from "@/lib/goals/create-goal";
import { setGoalStatus as setGoalStatusChange } from "@/lib/goals/set-goal-status";
import { addDays } from "@/lib/domain/calendar";
import { localDate } from "@/lib/domain/local-time";
import type { GoalInput } from "@/lib/validation/goal";
import { listGoals, listOwnGoals } from "./goals";
import { agreeToGoal } from "@/lib/goals/agree-to-goal";
import { saveMeasure } from "@/lib/outcomes/submit-measure";
import { lastOwnMeasureDates, listMeasures, type NewMeasureResponse } from "./outcomes";

const meta = { ip: null, userAgent: null };
let t: TestDatabase;
// The patient's changes live in lib/goals and lib/outcomes; these read their answers as the old words.
const saveOwnMeasure = (db: TestDatabase["db"], actor: PatientActor, r: NewMeasureResponse, m: typeof meta) =>
  saveMeasure({ db, actor, meta: m }, r);
const agreeToOwnGoal = async (db: TestDatabase["db"], actor: PatientActor, goalId: string, m: typeof meta) =>
  (await agreeToGoal({ db, actor, meta: m }, goalId)).ok;
let clinician: StaffActor;
let outsider: StaffActor;

beforeAll(async () => {
  t = await createTestDatabase();
  clinician = await makeStaff(t.db, (await makeClinic(t.db)).id);
  outsider = await makeStaff(t.db, (await makeClinic(t.db)).id);
});
afterAll(() => t.destroy());

// Goals are changed through lib/goals (rules, transaction, audit); these read back through the queries.
const createGoal = (actor: StaffActor, patientId: string, goal: GoalInput) =>
  createGoalChange({ db: t.db, actor, meta }, { patientId, goal });
const setGoalStatus = (actor: StaffActor, change: Parameters<typeof setGoalStatusChange>[1]) =>
  setGoalStatusChange({ db: t.db, actor, meta }, change);
const created = { ok: true, value: undefined };
const newPatient = async () => patientActor(await makePatient(t.db, clinician, { withAccount: true }));

describe("measure responses", () => {
  it("are stored once per submission and read only within the clinic", async () => {
    const me = await newPatient();
    const psfs = {
      clientId: randomUUID(),
      instrument: "psfs" as const,
      takenOn: "2026-11-01",
      answers: [{ activity: "Socks", rating: 3 }],
      score: 3.33,
    };
    expect((await saveOwnMeasure(t.db, me, psfs, meta)).created).toBe(true);
    expect((await saveOwnMeasure(t.db, me, psfs, meta)).created).toBe(false);
    await saveOwnMeasure(
      t.db,
      me,
      { ...psfs, clientId: randomUUID(), instrument: "peg", takenOn: "2026-11-08", score: 5 },
      meta,
    );
    expect(
      await t.db.select().from(measureResponses).where(eq(measureResponses.patientId, me.patientId)),
    ).toHaveLength(2);
    expect((await listMeasures(t.db, clinician, me.patientId)).map((m) => m.score)).toEqual([3.33, 5]);
    expect(await listMeasures(t.db, outsider, me.patientId)).toEqual([]);
    expect(await lastOwnMeasureDates(t.db, me)).toEqual({ psfs: "2026-11-01", peg: "2026-11-08" });
  });

  it("the database refuses a score outside 0-10", async () => {
    const me = await newPatient();
    await expect(
      saveOwnMeasure(
        t.db,
        me,
        { clientId: randomUUID(), instrument: "peg", takenOn: "2026-11-01", answers: {}, score: 11 },
        meta,
      ),
    ).rejects.toThrow();
  });
});

describe("goals", () => {
  const goal = {
    description: "Walk the dog",
    measure: "pain" as const,
    activityKey: null,
    target: 3,
    targetDate: addDays(localDate("UTC"), 30),
    clientId: null,
  } satisfies GoalInput;

  it("are created in the clinic only, agreed by their own patient only", async () => {
    const me = await newPatient();
    const other = await newPatient();
    expect(await createGoal(outsider, me.patientId, goal)).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await createGoal(clinician, me.patientId, goal)).toEqual(created);
    const [stored] = await listGoals(t.db, clinician, me.patientId);
    expect(await listGoals(t.db, outsider, me.patientId)).toEqual([]);
    expect(await agreeToOwnGoal(t.db, other, stored!.id, meta)).toBe(false);
    expect((await listOwnGoals(t.db, me))[0]!.patientAgreedAt).toBeNull();
    expect(await agreeToOwnGoal(t.db, me, stored!.id, meta)).toBe(true);
    expect((await listOwnGoals(t.db, me))[0]!.patientAgreedAt).toBeInstanceOf(Date);
  });

  it("a resent submission (same client id) stores one goal and one audit event", async () => {
    const me = await newPatient();
    const resent = { ...goal, clientId: randomUUID() };
    expect(await createGoal(clinician, me.patientId, resent)).toEqual(created);
    expect(await createGoal(clinician, me.patientId, resent)).toEqual(created);
    expect(await listGoals(t.db, clinician, me.patientId)).toHaveLength(1);
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, me.patientId), eq(auditEvents.action, "goal.create")));
    expect(events).toHaveLength(1);
    await createGoal(clinician, me.patientId, { ...goal, clientId: randomUUID() });
    expect(await listGoals(t.db, clinician, me.patientId)).toHaveLength(2);
  });

  it("a status change on an old version is refused, not applied", async () => {
    const me = await newPatient();
    await createGoal(clinician, me.patientId, goal);
    const [g] = await listGoals(t.db, clinician, me.patientId);
    const change = {
      patientId: me.patientId,
      goalId: g!.id,
      status: "achieved" as const,
      version: g!.version,
    };
    expect(await setGoalStatus(clinician, change)).toEqual(created);
    expect(await setGoalStatus(clinician, { ...change, status: "stopped" })).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
    expect(await setGoalStatus(outsider, { ...change, version: 2 })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    const [row] = await t.db.select().from(goals).where(eq(goals.id, g!.id));
    expect(row).toMatchObject({ status: "achieved", version: 2 });
  });

  it("the database refuses an activity goal without its activity", async () => {
    const me = await newPatient();
    await expect(createGoal(clinician, me.patientId, { ...goal, measure: "activity" })).rejects.toThrow();
  });
});
