import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import type { StaffActor } from "@/db/actor";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { makeClinicianAndOutsider } from "@/db/testing/factories";
import { diaryEntries, planRevisions, plans, timeLogEntries } from "@/db/schema";
import { dateRange } from "@/lib/domain/calendar";
import { makePatientWithPlan } from "@/lib/plans/testing";
import { logTime } from "@/lib/time-log/log-time";
import { timeLogInput } from "@/lib/validation/time-log";
import { monthlyList } from "./monthly-list";

const meta = { ip: null, userAgent: null };
let t: TestDatabase;
let anna: StaffActor;
let outsider: StaffActor;

beforeAll(async () => {
  t = await createTestDatabase();
  ({ clinician: anna, outsider } = await makeClinicianAndOutsider(t.db));
});
afterAll(() => t.destroy());

async function patientFrom(start: string, timeZone: string) {
  const p = await makePatientWithPlan(t.db, anna, { withAccount: true, timeZone });
  const [plan] = await t.db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.clinicId, anna.clinicId), eq(plans.patientId, p.id)));
  await t.db
    .update(planRevisions)
    .set({ effectiveFrom: start })
    .where(and(eq(planRevisions.clinicId, anna.clinicId), eq(planRevisions.planId, plan!.id)));
  return p;
}

const diaryOn = (patientId: string, dates: string[]) =>
  t.db.insert(diaryEntries).values(
    dates.map((entryDate) => ({
      clinicId: anna.clinicId,
      patientId,
      entryDate,
      clientId: crypto.randomUUID(),
      painNow: 3,
      painAverage: 3,
    })),
  );

async function logAt(patientId: string, at: string, minutes: number, kind: "review" | "call" | "message") {
  const entry = timeLogInput.parse({ clientId: crypto.randomUUID(), minutes, kind, note: "" });
  const saved = await logTime({ db: t.db, actor: anna, meta }, { patientId, entry });
  if (!saved.ok) throw new Error("not logged");
  const again = await logTime({ db: t.db, actor: anna, meta }, { patientId, entry });
  expect(again.ok && again.value.status).toBe("resent");
  const [row] = await t.db
    .select({ id: timeLogEntries.id })
    .from(timeLogEntries)
    .where(eq(timeLogEntries.clientId, entry.clientId));
  await t.db
    .update(timeLogEntries)
    .set({ createdAt: new Date(at) })
    .where(eq(timeLogEntries.id, row!.id));
}

const now = new Date("2026-12-20T12:00:00Z");

describe("the monthly monitoring list", () => {
  it("counts days of data at 15 and 16 in a period across the end of summer time", async () => {
    // New York: clocks go back on 1 November 2026. Period 20 Oct - 18 Nov.
    const p = await patientFrom("2026-10-20", "America/New_York");
    await diaryOn(p.id, dateRange("2026-10-20", "2026-11-03"));
    const fifteen = (await monthlyList(t.db, anna, "2026-11", now, p.id))[0]!.record.periods[0]!;
    expect(fifteen).toMatchObject({ from: "2026-10-20", to: "2026-11-18", days: 15, band: "2-15" });
    await diaryOn(p.id, ["2026-11-18"]);
    const sixteen = (await monthlyList(t.db, anna, "2026-11", now, p.id))[0]!.record.periods[0]!;
    expect(sixteen).toMatchObject({ days: 16, band: "16-30" });
  });

  it("counts 1 then 2 days of data, never a day outside the period", async () => {
    const p = await patientFrom("2026-09-01", "Pacific/Auckland");
    await diaryOn(p.id, ["2026-09-30", "2026-10-01"]);
    const one = (await monthlyList(t.db, anna, "2026-09", now, p.id))[0]!.record.periods[0]!;
    expect(one).toMatchObject({ from: "2026-09-01", to: "2026-09-30", days: 1, band: "below" });
    await diaryOn(p.id, ["2026-09-29"]);
    const two = (await monthlyList(t.db, anna, "2026-09", now, p.id))[0]!.record.periods[0]!;
    expect(two).toMatchObject({ days: 2, band: "2-15" });
  });

  it("adds logged minutes per calendar month in the patient's time zone", async () => {
    const p = await patientFrom("2026-10-01", "America/New_York");
    await logAt(p.id, "2026-10-15T15:00:00Z", 9, "review");
    // 31 October 23:30 in New York (1 November in UTC) belongs to October.
    await logAt(p.id, "2026-11-01T03:30:00Z", 1, "review");
    await logAt(p.id, "2026-11-02T15:00:00Z", 20, "call");
    const [october] = await monthlyList(t.db, anna, "2026-10", now, p.id);
    const [november] = await monthlyList(t.db, anna, "2026-11", now, p.id);
    expect(october!.record).toMatchObject({ minutes: 10, minutesBand: "10-19", contact: false });
    expect(november!.record).toMatchObject({ minutes: 20, minutesBand: "20+", contact: true });
  });

  it("lists only the actor's clinic", async () => {
    const p = await patientFrom("2026-10-01", "Europe/London");
    expect(await monthlyList(t.db, outsider, "2026-10", now, p.id)).toEqual([]);
    const all = await monthlyList(t.db, outsider, "2026-10", now);
    expect(all.map((r) => r.patientId)).not.toContain(p.id);
    const stored = await t.db
      .select()
      .from(timeLogEntries)
      .where(inArray(timeLogEntries.patientId, [p.id]));
    expect(stored).toEqual([]);
  });
});
