import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { makeClinic, makePatient, makeStaff, patientActor } from "../testing/factories";
import { auditEvents, invites, patients } from "../schema";
import { createPatient, getOwnPatient, getPatient } from "./patients";
import type { StaffActor } from "../actor";

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

const newPatient = (overrides: Partial<Parameters<typeof createPatient>[2]> = {}) => ({
  fullName: "Maria Lopez",
  email: `maria-${Math.random().toString(36).slice(2)}@mail.example`,
  timeZone: "Europe/London",
  condition: null,
  primaryClinicianId: anna.userId,
  ...overrides,
});

describe("createPatient", () => {
  it("adds the patient to the actor's clinic with an invite and audit events", async () => {
    const result = await createPatient(t.db, anna, newPatient(), meta);
    if (!result.ok) throw new Error(result.message);
    expect(result.inviteToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await t.db.select().from(patients).where(eq(patients.id, result.patientId));
    expect(row).toMatchObject({ clinicId: anna.clinicId, status: "invited", userId: null });
    const issued = await t.db.select().from(invites).where(eq(invites.patientId, result.patientId));
    expect(issued).toHaveLength(1);
    expect(issued[0]!.tokenHash).not.toContain(result.inviteToken);
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.patientId, result.patientId));
    expect(audit.map((a) => a.action).sort()).toEqual(["invite.create", "patient.create"]);
  });

  it("refuses an email already registered and stores nothing", async () => {
    const first = newPatient();
    expect((await createPatient(t.db, anna, first, meta)).ok).toBe(true);
    const before = await t.db.select().from(patients);
    const again = await createPatient(t.db, anna, { ...first, fullName: "Someone Else" }, meta);
    expect(again).toEqual({ ok: false, field: "email", message: expect.any(String) });
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
      const result = await createPatient(t.db, anna, newPatient({ email }), meta);
      expect(result).toMatchObject({ ok: true, inviteToken: expect.any(String) });
    }
    expect(otherStaff.clinicId).not.toBe(anna.clinicId);
  });

  it("answers the field error, not a crash, when the same patient is added twice at once", async () => {
    const same = newPatient();
    const results = await Promise.all([
      createPatient(t.db, anna, same, meta),
      createPatient(t.db, anna, same, meta),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ field: "email" });
  });

  it("refuses a primary clinician from another clinic", async () => {
    const result = await createPatient(
      t.db,
      anna,
      newPatient({ primaryClinicianId: otherClinician.userId }),
      meta,
    );
    expect(result).toMatchObject({ ok: false, field: "primaryClinicianId" });
  });
});

describe("scoping", () => {
  it("answers null for another clinic's patient, as for a missing one", async () => {
    const theirs = await makePatient(t.db, otherClinician);
    expect(await getPatient(t.db, anna, theirs.id)).toBeNull();
    expect(await getPatient(t.db, otherClinician, theirs.id)).toMatchObject({ id: theirs.id });
  });

  it("gives a patient only their own record", async () => {
    const maria = await makePatient(t.db, anna, { withAccount: true, fullName: "Maria" });
    const james = await makePatient(t.db, anna, { withAccount: true, fullName: "James" });
    expect(await getOwnPatient(t.db, patientActor(maria))).toMatchObject({ id: maria.id, fullName: "Maria" });
    // A forged actor pairing James's patient id with Maria's account finds nothing.
    expect(await getOwnPatient(t.db, { ...patientActor(maria), patientId: james.id })).toBeNull();
  });
});
