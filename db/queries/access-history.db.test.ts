import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { makeClinic, makePatient, makeStaff, patientActor } from "../testing/factories";
import type { StaffActor } from "../actor";
import { createGoal } from "@/lib/goals/create-goal";
import { addDays } from "@/lib/domain/calendar";
import { localDate } from "@/lib/domain/local-time";
import { auditSource, listPatientAccessHistory, recordAudit } from "./audit";

const meta = { ip: "198.51.100.7", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0" };
let t: TestDatabase;
let clinician: StaffActor;
let outsider: StaffActor;
let patientId: string;
let otherPatientId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  clinician = await makeStaff(t.db, (await makeClinic(t.db)).id, { name: "Anna Berg" });
  outsider = await makeStaff(t.db, (await makeClinic(t.db)).id);
  const patient = await makePatient(t.db, clinician, { withAccount: true });
  patientId = patient.id;
  otherPatientId = (await makePatient(t.db, clinician)).id;
  await recordAudit(t.db, { ...auditSource(clinician, meta), action: "patient.view", patientId });
  await recordAudit(t.db, {
    ...auditSource(patientActor(patient), { ip: "203.0.113.5", userAgent: null }),
    action: "diary.create",
    patientId,
    details: { date: "2026-03-01" },
  });
  await recordAudit(t.db, {
    ...auditSource(clinician, meta),
    action: "patient.view",
    patientId: otherPatientId,
  });
  // A change (lib/<feature>/<verb>.ts) writes its event in the same transaction, with the request's browser.
  const goal = { description: "Walk the dog", measure: "pain" as const, activityKey: null, target: 3 };
  const targetDate = addDays(localDate("UTC"), 30);
  await createGoal(
    { db: t.db, actor: clinician, meta },
    { patientId, goal: { ...goal, targetDate, clientId: null } },
  );
});
afterAll(() => t.destroy());

describe("listPatientAccessHistory", () => {
  it("lists who viewed or changed one patient's record, newest first, with where from", async () => {
    const history = await listPatientAccessHistory(t.db, clinician, patientId, 1);
    expect(history?.total).toBe(3);
    expect(history?.entries.map((e) => e.action)).toEqual(["goal.create", "diary.create", "patient.view"]);
    expect(history?.entries[0]).toMatchObject({
      actorName: "Anna Berg",
      actorRole: "clinician",
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    expect(history?.entries[1]).toMatchObject({ actorRole: "patient", ip: "203.0.113.5", userAgent: null });
  });

  it("pages through the events", async () => {
    const first = await listPatientAccessHistory(t.db, clinician, patientId, 1, 2);
    const second = await listPatientAccessHistory(t.db, clinician, patientId, 2, 2);
    expect(first?.entries).toHaveLength(2);
    expect(second?.entries.map((e) => e.action)).toEqual(["patient.view"]);
    expect(second?.total).toBe(3);
  });

  it("answers null for a patient of another clinic", async () => {
    expect(await listPatientAccessHistory(t.db, outsider, patientId, 1)).toBeNull();
  });
});
