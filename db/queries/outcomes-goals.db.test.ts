import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "../actor";
import { auditEvents, goals, measureResponses } from "../schema";
import { makeClinic, makePatient, makeStaff, patientActor } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { agreeToOwnGoal, createGoal, listGoals, listOwnGoals, setGoalStatus } from "./goals";
import { lastOwnMeasureDates, listMeasures, saveOwnMeasure } from "./outcomes";

const meta = { ip: null, userAgent: null };
let t: TestDatabase;
let clinician: StaffActor;
let outsider: StaffActor;

beforeAll(async () => {
  t = await createTestDatabase();
  clinician = await makeStaff(t.db, (await makeClinic(t.db)).id);
  outsider = await makeStaff(t.db, (await makeClinic(t.db)).id);
});
afterAll(() => t.destroy());

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
    targetDate: "2026-12-31",
    clientId: null,
  };

  it("are created in the clinic only, agreed by their own patient only", async () => {
    const me = await newPatient();
    const other = await newPatient();
    expect(await createGoal(t.db, outsider, me.patientId, goal, meta)).toBe(false);
    expect(await createGoal(t.db, clinician, me.patientId, goal, meta)).toBe(true);
    const [created] = await listGoals(t.db, clinician, me.patientId);
    expect(await listGoals(t.db, outsider, me.patientId)).toEqual([]);
    expect(await agreeToOwnGoal(t.db, other, created!.id, meta)).toBe(false);
    expect((await listOwnGoals(t.db, me))[0]!.patientAgreedAt).toBeNull();
    expect(await agreeToOwnGoal(t.db, me, created!.id, meta)).toBe(true);
    expect((await listOwnGoals(t.db, me))[0]!.patientAgreedAt).toBeInstanceOf(Date);
  });

  it("a resent submission (same client id) stores one goal and one audit event", async () => {
    const me = await newPatient();
    const resent = { ...goal, clientId: randomUUID() };
    expect(await createGoal(t.db, clinician, me.patientId, resent, meta)).toBe(true);
    expect(await createGoal(t.db, clinician, me.patientId, resent, meta)).toBe(true);
    expect(await listGoals(t.db, clinician, me.patientId)).toHaveLength(1);
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, me.patientId), eq(auditEvents.action, "goal.create")));
    expect(events).toHaveLength(1);
    await createGoal(t.db, clinician, me.patientId, { ...goal, clientId: randomUUID() }, meta);
    expect(await listGoals(t.db, clinician, me.patientId)).toHaveLength(2);
  });

  it("a status change on an old version is refused, not applied", async () => {
    const me = await newPatient();
    await createGoal(t.db, clinician, me.patientId, goal, meta);
    const [g] = await listGoals(t.db, clinician, me.patientId);
    const change = {
      patientId: me.patientId,
      goalId: g!.id,
      status: "achieved" as const,
      version: g!.version,
    };
    expect(await setGoalStatus(t.db, clinician, change, meta)).toBe("updated");
    expect(await setGoalStatus(t.db, clinician, { ...change, status: "stopped" }, meta)).toBe("conflict");
    expect(await setGoalStatus(t.db, outsider, { ...change, version: 2 }, meta)).toBe("not_found");
    const [row] = await t.db.select().from(goals).where(eq(goals.id, g!.id));
    expect(row).toMatchObject({ status: "achieved", version: 2 });
  });

  it("the database refuses an activity goal without its activity", async () => {
    const me = await newPatient();
    await expect(
      createGoal(t.db, clinician, me.patientId, { ...goal, measure: "activity" }, meta),
    ).rejects.toThrow();
  });
});
