import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { PatientActor, StaffActor } from "../actor";
import type { Database } from "../client";
import { clinics, patients, users } from "../schema";

export const TEST_PASSWORD = "factory-password-for-tests";
let testPasswordHash: Promise<string> | undefined;
const passwordHash = () => (testPasswordHash ??= hash(TEST_PASSWORD));

const unique = () => randomBytes(4).toString("hex");

export async function makeClinic(db: Database, overrides: Partial<typeof clinics.$inferInsert> = {}) {
  const [clinic] = await db
    .insert(clinics)
    .values({ name: `Clinic ${unique()}`, timeZone: "Europe/London", ...overrides })
    .returning();
  return clinic!;
}

export async function makeStaff(
  db: Database,
  clinicId: string,
  overrides: Partial<typeof users.$inferInsert> = {},
): Promise<StaffActor & { email: string }> {
  const [user] = await db
    .insert(users)
    .values({
      clinicId,
      email: `staff-${unique()}@test.example`,
      name: "Test Clinician",
      role: "clinician",
      passwordHash: await passwordHash(),
      ...overrides,
    })
    .returning();
  if (!user || user.role === "patient") throw new Error("makeStaff needs a staff role");
  return {
    kind: "staff",
    userId: user.id,
    role: user.role,
    clinicId,
    name: user.name,
    sessionId: "test",
    email: user.email,
  };
}

/** A patient; with `withAccount` they have already accepted their invite. */
export async function makePatient(
  db: Database,
  clinician: StaffActor,
  {
    withAccount = false,
    ...overrides
  }: Partial<typeof patients.$inferInsert> & { withAccount?: boolean } = {},
) {
  const email = overrides.email ?? `patient-${unique()}@test.example`;
  let userId: string | null = null;
  if (withAccount) {
    const [user] = await db
      .insert(users)
      .values({
        clinicId: clinician.clinicId,
        email,
        name: "Test Patient",
        role: "patient",
        passwordHash: await passwordHash(),
      })
      .returning({ id: users.id });
    userId = user!.id;
  }
  const [patient] = await db
    .insert(patients)
    .values({
      clinicId: clinician.clinicId,
      primaryClinicianId: clinician.userId,
      fullName: "Test Patient",
      email,
      timeZone: "Europe/London",
      status: withAccount ? "active" : "invited",
      userId,
      ...overrides,
    })
    .returning();
  return patient!;
}

export function patientActor(patient: { id: string; userId: string | null; clinicId: string }): PatientActor {
  if (!patient.userId) throw new Error("patient has no account");
  return {
    kind: "patient",
    role: "patient",
    userId: patient.userId,
    clinicId: patient.clinicId,
    patientId: patient.id,
    name: "Test Patient",
    sessionId: "test",
  };
}

/** A clinician in a clinic of their own and one in another clinic: the usual pair for scoping tests. */
export async function makeClinicianAndOutsider(db: Database) {
  const clinician = await makeStaff(db, (await makeClinic(db)).id);
  const outsider = await makeStaff(db, (await makeClinic(db)).id);
  return { clinician, outsider };
}
