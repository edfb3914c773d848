import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/db/actor";
import { acknowledgeAlert } from "@/lib/alerts/acknowledge-alert";
import { acknowledgeRedFlag } from "@/lib/red-flags/acknowledge-red-flag";
import { makeClinic, makeStaff, patientActor } from "@/db/testing/factories";
import { diaryEntries } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { addDays } from "@/lib/domain/calendar";
import { localDate } from "@/lib/domain/local-time";
import { makePatientWithPlan } from "@/lib/plans/testing";
import { saveMeasure } from "@/lib/outcomes/submit-measure";
import { storeRedFlagReport } from "@/lib/red-flags/submit-check-in";
import { refreshTriageSummary } from "./refresh-summary";
import { triageList } from "./triage-list";

const meta = { ip: null, userAgent: null };
const tz = "Europe/London";
let t: TestDatabase;
let physio: StaffActor;
let outsider: StaffActor;

beforeAll(async () => {
  t = await createTestDatabase();
  physio = await makeStaff(t.db, (await makeClinic(t.db)).id);
  outsider = await makeStaff(t.db, (await makeClinic(t.db)).id);
});
afterAll(() => t.destroy());

async function patientLogging(name: string, painByOffset: Record<number, number>, clinician = physio) {
  const patient = await makePatientWithPlan(t.db, clinician, {
    withAccount: true,
    fullName: name,
    timeZone: tz,
  });
  const entries = Object.entries(painByOffset).map(([offset, pain]) => ({
    clinicId: patient.clinicId,
    patientId: patient.id,
    entryDate: addDays(localDate(tz), Number(offset)),
    clientId: crypto.randomUUID(),
    painNow: pain,
    painAverage: pain,
  }));
  if (entries.length > 0) await t.db.insert(diaryEntries).values(entries);
  // Days older than the diary's week are written directly here; the summary is kept as a write would keep it.
  await refresh(patient.id, clinician);
  return patient;
}

const refresh = (patientId: string, clinician = physio) =>
  t.db.transaction((tx) => refreshTriageSummary(tx, { clinicId: clinician.clinicId, patientId }));

describe("triageList", () => {
  it("lists only the actor's clinic, most urgent first, with reasons in words", async () => {
    const fine = await patientLogging("Fine Frank", { [-1]: 2, [0]: 2 });
    const silent = await patientLogging("Silent Sue", { [-8]: 3 });
    const flaring = await patientLogging("Flaring Fay", { [-1]: 6, [0]: 8 });
    const elsewhere = await patientLogging("Other Clinic Olga", { [0]: 9 }, outsider);

    const rows = await triageList(t.db, physio);
    expect(rows.map((r) => r.id)).not.toContain(elsewhere.id);
    expect(rows.map((r) => r.fullName).slice(0, 3)).toEqual(["Flaring Fay", "Silent Sue", "Fine Frank"]);
    const fay = rows.find((r) => r.id === flaring.id)!;
    expect(fay.alerts[0]).toMatchObject({ severity: "critical", reason: "Pain 8/10 on the latest entry" });
    expect(rows.find((r) => r.id === silent.id)!.alerts[0]).toMatchObject({
      severity: "high",
      reason: "No diary for 8 days",
    });
    expect(rows.find((r) => r.id === fine.id)!).toMatchObject({ daysSinceLastEntry: 0, planWeek: 1 });
  });

  it("drops an acknowledged alert until newer diary data raises it again", async () => {
    const patient = await patientLogging("Acked Ann", { [-9]: 3 });
    const before = (await triageList(t.db, physio)).find((r) => r.id === patient.id)!;
    expect(before.alerts.map((a) => a.rule)).toEqual(["silent_long"]);
    expect(
      await acknowledgeAlert(
        { db: t.db, actor: physio, meta },
        { patientId: patient.id, rule: "silent_long", note: "Phoned; away on holiday" },
      ),
    ).toEqual({ ok: true, value: undefined });
    expect((await triageList(t.db, physio)).find((r) => r.id === patient.id)!.alerts).toEqual([]);

    await t.db.insert(diaryEntries).values({
      clinicId: patient.clinicId,
      patientId: patient.id,
      entryDate: addDays(localDate(tz), -8),
      clientId: crypto.randomUUID(),
      painNow: 3,
      painAverage: 3,
    });
    await refresh(patient.id);
    expect(
      (await triageList(t.db, physio)).find((r) => r.id === patient.id)!.alerts.map((a) => a.rule),
    ).toEqual(["silent_long"]);
  });

  it("refuses to acknowledge for another clinic's patient", async () => {
    const patient = await patientLogging("Private Pat", { [-9]: 3 });
    expect(
      await acknowledgeAlert(
        { db: t.db, actor: outsider, meta },
        { patientId: patient.id, rule: "silent_long", note: null },
      ),
    ).toEqual({ ok: false, error: { code: "not_found" } });
  });
});

describe("red flags and outcomes on the triage list", () => {
  it("puts an unacknowledged emergency answer above every other critical alert, with the answers", async () => {
    await patientLogging("Painful Pete", { [-1]: 9, [0]: 9 });
    const flagged = await patientLogging("Red Flag Rita", { [0]: 3 });
    const rita = patientActor(flagged);
    const report = await storeRedFlagReport(
      { db: t.db, actor: rita, meta },
      {
        clientId: crypto.randomUUID(),
        trigger: "weekly",
        answeredOn: localDate(tz),
        answers: { bladder: true, saddle_numbness: true },
        tier: "emergency",
      },
    );
    const rows = await triageList(t.db, physio);
    expect(rows[0]!.fullName).toBe("Red Flag Rita");
    expect(rows[0]!.status).toBe("paused");
    expect(rows[0]!.alerts[0]).toMatchObject({
      rule: "red_flag_emergency",
      severity: "critical",
      reason:
        "Emergency red flag: numbness around the genitals, inner thighs or back passage; new bladder problems",
    });
    await acknowledgeRedFlag(
      { db: t.db, actor: physio, meta },
      { patientId: flagged.id, reportId: report.id, note: "Sent to A&E" },
    );
    const after = (await triageList(t.db, physio)).find((r) => r.id === flagged.id)!;
    expect(after.alerts.map((a) => a.rule)).not.toContain("red_flag_emergency");
  });

  it("raises a high alert when the PSFS did not improve between the last two measures", async () => {
    const patient = await patientLogging("Stalled Stan", { [0]: 3 });
    const stan = patientActor(patient);
    const psfs = (takenOn: string, score: number) =>
      saveMeasure(
        { db: t.db, actor: stan, meta },
        { clientId: crypto.randomUUID(), instrument: "psfs", takenOn, answers: [], score },
      );
    await psfs(addDays(localDate(tz), -14), 4);
    await psfs(localDate(tz), 4);
    const row = (await triageList(t.db, physio)).find((r) => r.id === patient.id)!;
    expect(row.alerts).toContainEqual(
      expect.objectContaining({
        rule: "psfs_not_improved",
        severity: "high",
        reason: "PSFS not improved: 4.0 then 4.0",
      }),
    );
  });
});
