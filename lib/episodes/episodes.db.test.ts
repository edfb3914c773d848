import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { StaffActor } from "@/db/actor";
import { ownLatestEpisode } from "@/db/queries/episodes";
import { auditEvents, diaryEntries, episodes, patients } from "@/db/schema";
import { makeClinicianAndOutsider, makePatient, patientActor } from "@/db/testing/factories";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { addDays } from "@/lib/domain/calendar";
import { localDate } from "@/lib/domain/local-time";
import { saveDiaryEntry } from "@/lib/diary/save-entry";
import { submitCheckIn } from "@/lib/red-flags/submit-check-in";
import { makePatientWithPlan } from "@/lib/plans/testing";
import { refreshTriageSummary } from "@/lib/triage/refresh-summary";
import { triageList } from "@/lib/triage/triage-list";
import { dischargePatient } from "./discharge-patient";
import { episodeWindow, patientEpisodes } from "./episode-window";
import { reopenEpisode } from "./reopen-episode";

const meta = { ip: "203.0.113.8", userAgent: "vitest" };
const tz = "Europe/London";
let t: TestDatabase;
let physio: StaffActor;
let outsider: StaffActor;

beforeAll(async () => {
  t = await createTestDatabase();
  ({ clinician: physio, outsider } = await makeClinicianAndOutsider(t.db));
});
afterAll(() => t.destroy());

const ctx = (actor: StaffActor) => ({ db: t.db, actor, meta });
const discharge = { reason: "goals_met" as const, maintenanceMessage: "Keep walking 30 minutes a day." };

async function statusOf(patientId: string) {
  const [row] = await t.db.select().from(patients).where(eq(patients.id, patientId));
  return row!;
}

describe("discharge and re-open", () => {
  it("closes the first episode with its reason and message, and audits it", async () => {
    const patient = await makePatient(t.db, physio, { withAccount: true, timeZone: tz });
    expect(await dischargePatient(ctx(physio), { patientId: patient.id, ...discharge })).toEqual({
      ok: true,
      value: { episode: 1 },
    });
    expect(await statusOf(patient.id)).toMatchObject({
      status: "discharged",
      dischargedAt: expect.any(Date),
    });
    const stored = await t.db.select().from(episodes).where(eq(episodes.patientId, patient.id));
    expect(stored).toEqual([
      expect.objectContaining({
        clinicId: physio.clinicId,
        number: 1,
        startedOn: localDate(tz, patient.createdAt),
        endedOn: localDate(tz),
        dischargeReason: "goals_met",
        maintenanceMessage: discharge.maintenanceMessage,
        dischargedById: physio.userId,
      }),
    ]);
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, patient.id), eq(auditEvents.action, "episode.discharge")));
    expect(event).toMatchObject({
      actorUserId: physio.userId,
      details: { episode: 1, reason: "goals_met", previousStatus: "active" },
    });
    expect(await ownLatestEpisode(t.db, patientActor(patient))).toMatchObject({
      maintenanceMessage: discharge.maintenanceMessage,
    });
    // Discharging twice is a conflict that changes nothing.
    expect(await dischargePatient(ctx(physio), { patientId: patient.id, ...discharge })).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
  });

  it("re-opens as a new episode, keeping the earlier one; each has its own window", async () => {
    const patient = await makePatient(t.db, physio, { withAccount: true, timeZone: tz });
    await dischargePatient(ctx(physio), { patientId: patient.id, ...discharge });
    expect(await reopenEpisode(ctx(physio), { patientId: patient.id })).toEqual({
      ok: true,
      value: { episode: 2 },
    });
    expect((await statusOf(patient.id)).status).toBe("active");
    expect((await statusOf(patient.id)).dischargedAt).toBeNull();
    expect(await reopenEpisode(ctx(physio), { patientId: patient.id })).toMatchObject({
      error: { code: "conflict" },
    });
    const spans = await patientEpisodes(t.db, physio, { ...patient, timeZone: tz });
    expect(spans.map((s) => [s.number, s.endedOn === null])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(episodeWindow(spans, 2)).toEqual({ number: 2, from: localDate(tz), to: null });
    expect(episodeWindow(spans, 3)).toBeNull();
    // The second discharge closes episode 2, not a new one.
    expect(
      await dischargePatient(ctx(physio), { patientId: patient.id, ...discharge, reason: "referred_on" }),
    ).toEqual({ ok: true, value: { episode: 2 } });
    const audit = await t.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.patientId, patient.id));
    expect(audit.map((a) => a.action)).toEqual(["episode.discharge", "episode.reopen", "episode.discharge"]);
  });

  it("answers not found for another clinic's patient and writes nothing", async () => {
    const theirs = await makePatient(t.db, outsider, { withAccount: true });
    expect(await dischargePatient(ctx(physio), { patientId: theirs.id, ...discharge })).toMatchObject({
      error: { code: "not_found" },
    });
    expect(await reopenEpisode(ctx(physio), { patientId: theirs.id })).toMatchObject({
      error: { code: "not_found" },
    });
    expect((await statusOf(theirs.id)).status).toBe("active");
    expect(await t.db.select().from(episodes).where(eq(episodes.patientId, theirs.id))).toEqual([]);
    expect(await patientEpisodes(t.db, outsider, { ...theirs, timeZone: "Europe/London" })).toHaveLength(1);
  });

  it("two discharges at the same moment store one", async () => {
    const patient = await makePatient(t.db, physio, { withAccount: true });
    const results = await Promise.all([
      dischargePatient(ctx(physio), { patientId: patient.id, ...discharge }),
      dischargePatient(ctx(physio), { patientId: patient.id, ...discharge }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await t.db.select().from(episodes).where(eq(episodes.patientId, patient.id))).toHaveLength(1);
  });

  it("stops alerts, diary logging and check-ins for a discharged patient", async () => {
    const patient = await makePatientWithPlan(t.db, physio, {
      withAccount: true,
      fullName: "Flaring Fay",
      timeZone: tz,
    });
    await t.db.insert(diaryEntries).values(
      [-1, 0].map((offset) => ({
        clinicId: patient.clinicId,
        patientId: patient.id,
        entryDate: addDays(localDate(tz), offset),
        clientId: crypto.randomUUID(),
        painNow: 9,
        painAverage: 9,
      })),
    );
    // Written straight to the table: the kept triage summary is refreshed as a diary save would.
    await t.db.transaction((tx) =>
      refreshTriageSummary(tx, { clinicId: physio.clinicId, patientId: patient.id }),
    );
    const before = (await triageList(t.db, physio)).find((r) => r.id === patient.id)!;
    expect(before.alerts[0]).toMatchObject({ severity: "critical" });
    await dischargePatient(ctx(physio), { patientId: patient.id, ...discharge });
    const after = (await triageList(t.db, physio)).find((r) => r.id === patient.id)!;
    expect(after).toMatchObject({ status: "discharged", alerts: [] });

    const me = { db: t.db, actor: patientActor(patient), meta };
    const saved = await saveDiaryEntry(me, {
      date: localDate(tz),
      input: {
        clientId: crypto.randomUUID(),
        baseVersion: 0,
        painNow: 2,
        painAverage: 2,
        sleepQuality: null,
        stress: null,
        medicationTaken: null,
        medicationNote: null,
        flareUp: false,
        note: null,
        activities: [],
      },
    });
    expect(saved).toMatchObject({ ok: false, error: { code: "conflict" } });
    const checkIn = await submitCheckIn(me, { clientId: crypto.randomUUID(), answers: {} as never });
    expect(checkIn).toMatchObject({ ok: false, error: { code: "conflict" } });
  });
});
