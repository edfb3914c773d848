import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { makeClinic, makePatient, makeStaff } from "@/db/testing/factories";
import { auditEvents, invites, patients } from "@/db/schema";
import type { AddPatientInput } from "@/lib/validation/patient";
import { addPatient } from "./add-patient";
import type { StaffActor } from "@/db/actor";

const meta = { ip: "203.0.113.9", userAgent: "vitest" };
let t: TestDatabase;
let anna: StaffActor;
let otherClinician: StaffActor;

beforeAll(async () => {
  t = await createTestDatabase();
  const clinic = await makeClinic(t.db, { name: "Riverside" });
  const other = await makeClinic(t.db, { name: "Hillside" });
  anna = await makeStaff(t.db, clinic.id, { name: "Anna" });
  otherClinician = await makeStaff(t.db, other.id, { name: "Other" });
});
afterAll(() => t.destroy());

const createPatient = (actor: StaffActor, input: AddPatientInput) =>
  addPatient({ db: t.db, actor, meta }, input);

const newPatient = (overrides: Partial<AddPatientInput> = {}) => ({
  fullName: "Maria Lopez",
  email: `maria-${Math.random().toString(36).slice(2)}@mail.example`,
  timeZone: "Europe/London",
  condition: null,
  primaryClinicianId: anna.userId,
  ...overrides,
});

describe("addPatient", () => {
  it("adds the patient to the actor's clinic with an invite and audit events", async () => {
    const result = await createPatient(anna, newPatient());
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.inviteToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await t.db.select().from(patients).where(eq(patients.id, result.value.patientId));
    expect(row).toMatchObject({ clinicId: anna.clinicId, status: "invited", userId: null });
    const issued = await t.db.select().from(invites).where(eq(invites.patientId, result.value.patientId));
    expect(issued).toHaveLength(1);
    expect(issued[0]!.tokenHash).not.toContain(result.value.inviteToken);
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.patientId, result.value.patientId));
    expect(audit.map((a) => a.action).sort()).toEqual(["invite.create", "patient.create"]);
  });

  it("refuses an email already registered and stores nothing", async () => {
    const first = newPatient();
    expect((await createPatient(anna, first)).ok).toBe(true);
    const before = await t.db.select().from(patients);
    const again = await createPatient(anna, { ...first, fullName: "Someone Else" });
    expect(again).toEqual({ ok: false, error: { code: "invalid", fields: { email: expect.any(String) } } });
    expect(await t.db.select().from(patients)).toHaveLength(before.length);
  });

  it("does not reveal an account in another clinic: the patient is added and invited as if new", async () => {
    const theirs = await makePatient(t.db, otherClinician, { withAccount: true });
    const [other] = await t.db
      .select({ email: patients.email })
      .from(patients)
      .where(eq(patients.id, theirs.id));
    const staffEmail = newPatient({
      email: `other-staff-${Math.random().toString(36).slice(2)}@mail.example`,
    });
    const otherStaff = await makeStaff(t.db, otherClinician.clinicId, {
      name: "Elsewhere",
      email: staffEmail.email,
    });
    for (const email of [other!.email, staffEmail.email]) {
      const result = await createPatient(anna, newPatient({ email }));
      expect(result).toMatchObject({ ok: true, value: { inviteToken: expect.any(String) } });
    }
    expect(otherStaff.clinicId).not.toBe(anna.clinicId);
  });

  it("answers the field error, not a crash, when the same patient is added twice at once", async () => {
    const same = newPatient();
    const results = await Promise.all([createPatient(anna, same), createPatient(anna, same)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      error: { code: "invalid", fields: { email: expect.any(String) } },
    });
  });

  it("refuses a primary clinician from another clinic", async () => {
    const result = await createPatient(anna, newPatient({ primaryClinicianId: otherClinician.userId }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: "invalid", fields: { primaryClinicianId: expect.any(String) } },
    });
  });
});
