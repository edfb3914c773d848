import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import type { PatientActor, StaffActor } from "@/db/actor";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { makeClinic, makeStaff, patientActor } from "@/db/testing/factories";
import { activityLogs, auditEvents, diaryEntries } from "@/db/schema";
import { getOwnEntry } from "@/db/queries/diary";
import { addDays } from "@/lib/domain/calendar";
import { localDate } from "@/lib/domain/local-time";
import { makePatientWithPlan } from "@/lib/plans/testing";
import { diaryInput, type DiaryInput } from "@/lib/validation/diary";
import type { Result } from "@/lib/result/result";
import { saveDiaryEntry as saveChange, type SavedEntry } from "./save-entry";

const meta = { ip: null, userAgent: null };
const tz = "America/Los_Angeles";
let t: TestDatabase;
let physio: StaffActor;

beforeAll(async () => {
  t = await createTestDatabase();
  physio = await makeStaff(t.db, (await makeClinic(t.db)).id);
});
afterAll(() => t.destroy());

async function patientWithPlan(): Promise<PatientActor> {
  return patientActor(await makePatientWithPlan(t.db, physio, { withAccount: true, timeZone: tz }));
}

const day = (overrides: Partial<DiaryInput> = {}): DiaryInput =>
  diaryInput.parse({
    clientId: crypto.randomUUID(),
    baseVersion: 0,
    painNow: 4,
    painAverage: 5,
    sleepQuality: 6,
    stress: 3,
    medicationTaken: false,
    medicationNote: null,
    flareUp: false,
    note: "Walked to the shop",
    activities: [{ key: "walking", amount: 14 }],
    ...overrides,
  });

const rows = async (actor: PatientActor) =>
  (
    await t.db.select({ n: count() }).from(diaryEntries).where(eq(diaryEntries.patientId, actor.patientId))
  )[0]!.n;

/** The Result in the words these checks use: a saved status, or the error code with its fields or entry. */
function flat(result: Result<SavedEntry>) {
  if (result.ok) return result.value;
  const { error } = result;
  if (error.code === "invalid") return { status: error.code, errors: error.fields };
  if (error.code === "conflict") return { status: error.code, ...error.details };
  return { status: error.code };
}
const saveDiaryEntry = async (
  db: typeof t.db,
  actor: PatientActor,
  date: string,
  input: DiaryInput,
  meta: { ip: string | null; userAgent: string | null },
  now?: Date,
) => flat(await saveChange({ db, actor, meta }, { date, input }, now));

describe("saveDiaryEntry", () => {
  it("stores a day with its activity logs and an audit event", async () => {
    const actor = await patientWithPlan();
    const result = await saveDiaryEntry(t.db, actor, localDate(tz), day(), meta);
    expect(result).toMatchObject({
      status: "created",
      entry: { version: 1, painNow: 4, activities: [{ key: "walking", amount: 14 }] },
    });
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, actor.patientId), eq(auditEvents.action, "diary.create")));
    expect(audit).toHaveLength(1);
  });

  it("stores exactly one row for 20 concurrent identical submissions", async () => {
    const actor = await patientWithPlan();
    const submission = day();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => saveDiaryEntry(t.db, actor, localDate(tz), submission, meta)),
    );
    expect(results.every((r) => r.status === "created" || r.status === "unchanged")).toBe(true);
    expect(results.filter((r) => r.status === "created")).toHaveLength(1);
    expect(await rows(actor)).toBe(1);
    const logs = await t.db
      .select()
      .from(activityLogs)
      .innerJoin(diaryEntries, eq(diaryEntries.id, activityLogs.entryId))
      .where(eq(diaryEntries.patientId, actor.patientId));
    expect(logs).toHaveLength(1);
  });

  it("treats a retry as the same submission, and applies an edit made on the current version", async () => {
    const actor = await patientWithPlan();
    const first = day();
    await saveDiaryEntry(t.db, actor, localDate(tz), first, meta);
    expect(await saveDiaryEntry(t.db, actor, localDate(tz), first, meta)).toMatchObject({
      status: "unchanged",
      entry: { version: 1 },
    });
    const edit = await saveDiaryEntry(t.db, actor, localDate(tz), day({ baseVersion: 1, painNow: 6 }), meta);
    expect(edit).toMatchObject({ status: "updated", entry: { version: 2, painNow: 6 } });
    expect(await rows(actor)).toBe(1);
  });

  it("applies a changed retry when the first answer was lost, instead of calling it a conflict", async () => {
    const actor = await patientWithPlan();
    const first = day();
    await saveDiaryEntry(t.db, actor, localDate(tz), first, meta);
    // The device never heard back, so it still thinks there is no entry (baseVersion 0) and resends with a change.
    const resent = await saveDiaryEntry(t.db, actor, localDate(tz), { ...first, painNow: 8 }, meta);
    expect(resent).toMatchObject({ status: "updated", entry: { version: 2, painNow: 8 } });
  });

  it("detects an edit made on a stale version and overwrites nothing", async () => {
    const actor = await patientWithPlan();
    await saveDiaryEntry(t.db, actor, localDate(tz), day(), meta);
    await saveDiaryEntry(t.db, actor, localDate(tz), day({ baseVersion: 1, painNow: 7 }), meta);
    const stale = await saveDiaryEntry(t.db, actor, localDate(tz), day({ baseVersion: 1, painNow: 2 }), meta);
    expect(stale).toMatchObject({ status: "conflict", entry: { version: 2, painNow: 7 } });
    expect((await getOwnEntry(t.db, actor, localDate(tz)))!.painNow).toBe(7);
  });

  it("refuses future days, days over a week old, unknown activities and impossible amounts, storing nothing", async () => {
    const actor = await patientWithPlan();
    const today = localDate(tz);
    expect(await saveDiaryEntry(t.db, actor, addDays(today, 1), day(), meta)).toMatchObject({
      status: "invalid",
      errors: { date: expect.any(String) },
    });
    expect(await saveDiaryEntry(t.db, actor, addDays(today, -8), day(), meta)).toMatchObject({
      status: "invalid",
      errors: { date: expect.any(String) },
    });
    expect(
      await saveDiaryEntry(t.db, actor, today, day({ activities: [{ key: "swimming", amount: 10 }] }), meta),
    ).toMatchObject({ status: "invalid" });
    expect(
      await saveDiaryEntry(t.db, actor, today, day({ activities: [{ key: "walking", amount: 5000 }] }), meta),
    ).toMatchObject({ status: "invalid" });
    expect(await rows(actor)).toBe(0);
  });

  it("uses the patient's own calendar: a Los Angeles patient cannot log Auckland's tomorrow", async () => {
    const actor = await patientWithPlan();
    // 11:30 UTC: already the 11th in Auckland, still the 10th in Los Angeles.
    const instant = new Date("2026-03-10T11:30:00Z");
    const result = await saveDiaryEntry(t.db, actor, "2026-03-11", day(), meta, instant);
    expect(result).toMatchObject({
      status: "invalid",
      errors: { date: "You can only log days that have started." },
    });
  });
});
