import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { StaffActor } from "@/db/actor";
import { auditEvents, patients } from "@/db/schema";
import { makeClinicianAndOutsider, makePatient, makeStaff } from "@/db/testing/factories";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { editPatientSchema, type EditPatientInput } from "@/lib/validation/patient";
import { editPatient } from "./edit-patient";

const meta = { ip: "203.0.113.7", userAgent: "vitest" };
let t: TestDatabase;
let anna: StaffActor;
let outsider: StaffActor;

beforeAll(async () => {
  t = await createTestDatabase();
  ({ clinician: anna, outsider } = await makeClinicianAndOutsider(t.db));
});
afterAll(() => t.destroy());

const ctx = (actor: StaffActor) => ({ db: t.db, actor, meta });

async function record(patientId: string) {
  const [row] = await t.db.select().from(patients).where(eq(patients.id, patientId));
  return row!;
}

function input(row: Awaited<ReturnType<typeof record>>, changes: Partial<EditPatientInput> = {}) {
  return {
    patientId: row.id,
    fullName: row.fullName,
    email: row.email,
    phone: row.phone,
    dateOfBirth: row.dateOfBirth,
    recordNumber: row.recordNumber,
    timeZone: row.timeZone,
    condition: row.condition,
    primaryClinicianId: row.primaryClinicianId,
    version: row.version,
    ...changes,
  };
}

describe("editPatient", () => {
  it("saves the corrected details, bumps the version and audits each change before and after", async () => {
    const patient = await makePatient(t.db, anna, { fullName: "Maria Lopz" });
    const ben = await makeStaff(t.db, anna.clinicId, { name: "Ben" });
    const result = await editPatient(
      ctx(anna),
      input(await record(patient.id), {
        fullName: "Maria Lopez",
        dateOfBirth: "1971-04-02",
        recordNumber: "RS-1044",
        phone: "+44 7700 900123",
        primaryClinicianId: ben.userId,
      }),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        changed: ["fullName", "phone", "dateOfBirth", "recordNumber", "primaryClinicianId"],
        pendingEmail: null,
        inviteResent: false,
      },
    });
    expect(await record(patient.id)).toMatchObject({
      fullName: "Maria Lopez",
      dateOfBirth: "1971-04-02",
      recordNumber: "RS-1044",
      primaryClinicianId: ben.userId,
      version: 2,
    });
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, patient.id), eq(auditEvents.action, "patient.update")));
    expect(event).toMatchObject({ actorUserId: anna.userId, clinicId: anna.clinicId, ip: meta.ip });
    expect(event!.details).toEqual({
      before: {
        fullName: "Maria Lopz",
        phone: null,
        dateOfBirth: null,
        recordNumber: null,
        primaryClinicianId: anna.userId,
      },
      after: {
        fullName: "Maria Lopez",
        phone: "+44 7700 900123",
        dateOfBirth: "1971-04-02",
        recordNumber: "RS-1044",
        primaryClinicianId: ben.userId,
      },
    });
  });

  it("answers not found for another clinic's patient and changes nothing", async () => {
    const theirs = await makePatient(t.db, outsider);
    const before = await record(theirs.id);
    const result = await editPatient(ctx(anna), input(before, { fullName: "Taken Over" }));
    expect(result).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await record(theirs.id)).toEqual(before);
  });

  it("refuses a physio of another clinic, a disabled one, or an admin", async () => {
    const patient = await makePatient(t.db, anna);
    const gone = await makeStaff(t.db, anna.clinicId, { disabledAt: new Date() });
    const admin = await makeStaff(t.db, anna.clinicId, { role: "admin" });
    for (const id of [outsider.userId, gone.userId, admin.userId]) {
      const result = await editPatient(
        ctx(anna),
        input(await record(patient.id), { primaryClinicianId: id }),
      );
      expect(result).toMatchObject({
        ok: false,
        error: { code: "invalid", fields: { primaryClinicianId: expect.any(String) } },
      });
    }
    expect((await record(patient.id)).version).toBe(1);
  });

  it("detects an edit made since the form was opened", async () => {
    const patient = await makePatient(t.db, anna);
    const opened = await record(patient.id);
    expect((await editPatient(ctx(anna), input(opened, { condition: "Chronic LBP" }))).ok).toBe(true);
    const stale = await editPatient(ctx(anna), input(opened, { condition: "Something else" }));
    expect(stale).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect((await record(patient.id)).condition).toBe("Chronic LBP");
  });

  it("refuses an email or record number another patient of the clinic has, even at the same moment", async () => {
    const first = await makePatient(t.db, anna, { recordNumber: "RN-1" });
    const second = await makePatient(t.db, anna);
    const row = await record(second.id);
    expect(await editPatient(ctx(anna), input(row, { email: first.email }))).toMatchObject({
      error: { code: "invalid", fields: { email: expect.any(String) } },
    });
    expect(await editPatient(ctx(anna), input(row, { recordNumber: "RN-1" }))).toMatchObject({
      error: { code: "invalid", fields: { recordNumber: expect.any(String) } },
    });
    // Another clinic may use the same number.
    const theirs = await makePatient(t.db, outsider);
    expect(
      (await editPatient(ctx(outsider), input(await record(theirs.id), { recordNumber: "RN-1" }))).ok,
    ).toBe(true);
    const third = await makePatient(t.db, anna);
    const [a, b] = await Promise.all([
      editPatient(ctx(anna), input(row, { recordNumber: "RN-2" })),
      editPatient(ctx(anna), input(await record(third.id), { recordNumber: "RN-2" })),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
  });

  it("validates the form: dates of birth, record numbers and phones", () => {
    const base = {
      fullName: "A",
      email: "a@b.example",
      phone: "",
      dateOfBirth: "",
      recordNumber: "",
      timeZone: "UTC",
      condition: "",
      primaryClinicianId: crypto.randomUUID(),
      version: "1",
    };
    expect(editPatientSchema.safeParse(base).success).toBe(true);
    for (const bad of [
      { dateOfBirth: "2999-01-01" },
      { dateOfBirth: "1850-01-01" },
      { dateOfBirth: "2001-02-30" },
      { recordNumber: "x".repeat(41) },
      { recordNumber: "a\u202Eb" },
      { phone: "call me" },
      { version: "one" },
    ])
      expect(editPatientSchema.safeParse({ ...base, ...bad }).success).toBe(false);
  });
});
