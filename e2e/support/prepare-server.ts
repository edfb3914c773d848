// Prepares the end-to-end server's own PGlite folder before the server starts (never while it runs):
// a fresh demo clinic plus the fixtures in ./fixtures.
import { rmSync } from "node:fs";
import { eq } from "drizzle-orm";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { hashInviteToken } from "@/db/queries/invites";
import { clinics, flareUpPlans, invites, measureResponses, patients, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import type { StaffActor } from "@/db/actor";
import { hashPassword } from "@/lib/auth/password";
import { addDays } from "@/lib/domain/calendar";
import { localDate } from "@/lib/domain/local-time";
import { scorePsfs } from "@/lib/domain/outcomes/measures";
import { makePatientWithPlan } from "@/lib/plans/testing";
import {
  CHANGE_REQUEST_PATIENT,
  FLARE_UP_HOLD_PATIENT,
  DEMO_PASSWORD,
  E2E_DATA_DIR,
  EXPIRED_INVITE_PATIENT,
  HARBOUR_ADMIN,
  HARBOUR_CLINICIAN,
  HARBOUR_PASSWORD,
  HARBOUR_TOTP_CLINICIAN,
  PASSWORD_PATIENT,
  EXPIRED_INVITE_TOKEN,
  FIXTURE_ATTEMPTS,
  forAttempt,
  OTHER_CLINIC_PATIENT_ID,
  PLANLESS_PATIENT,
  PSFS_PATIENT,
  RED_FLAG_PATIENT,
  EVENING_PATIENT,
} from "./fixtures";
import { prepareSecurityFixtures } from "./prepare-security-fixtures";

async function main() {
  const dataDir = path.resolve(E2E_DATA_DIR);
  rmSync(dataDir, { recursive: true, force: true });
  const handle = await openDatabase({ kind: "pglite", dataDir });
  await migrateDatabase(handle);
  await seedDemo(handle.db, hashPassword);
  const { db } = handle;

  const [hillside] = await db
    .insert(clinics)
    .values({ name: "Hillside Physio", timeZone: "Europe/Berlin" })
    .returning();
  const [otherPhysio] = await db
    .insert(users)
    .values({
      clinicId: hillside!.id,
      email: "physio@hillside.example",
      name: "Hillside Physio",
      role: "clinician",
      passwordHash: await hashPassword("hillside-clinic-password"),
    })
    .returning();
  await db.insert(patients).values({
    id: OTHER_CLINIC_PATIENT_ID,
    clinicId: hillside!.id,
    primaryClinicianId: otherPhysio!.id,
    fullName: "Hillside Patient",
    email: "patient@hillside.example",
    timeZone: "Europe/Berlin",
  });

  const [riverside] = await db.select().from(clinics).where(eq(clinics.isDemo, true));
  const [anna] = await db.select().from(users).where(eq(users.email, "anna.berg@riverside.example"));
  const [expiredPatient] = await db
    .insert(patients)
    .values({
      ...EXPIRED_INVITE_PATIENT,
      clinicId: riverside!.id,
      primaryClinicianId: anna!.id,
      timeZone: "Europe/London",
    })
    .returning();
  await db.insert(invites).values({
    clinicId: riverside!.id,
    patientId: expiredPatient!.id,
    tokenHash: hashInviteToken(EXPIRED_INVITE_TOKEN),
    createdById: anna!.id,
    createdAt: new Date(Date.now() - 8 * 86_400_000),
    expiresAt: new Date(Date.now() - 86_400_000),
  });
  const [planlessUser] = await db
    .insert(users)
    .values({
      clinicId: riverside!.id,
      email: PLANLESS_PATIENT.email,
      name: PLANLESS_PATIENT.fullName,
      role: "patient",
      passwordHash: await hashPassword(PLANLESS_PATIENT.password),
    })
    .returning();
  await db.insert(patients).values({
    clinicId: riverside!.id,
    primaryClinicianId: anna!.id,
    userId: planlessUser!.id,
    fullName: PLANLESS_PATIENT.fullName,
    email: PLANLESS_PATIENT.email,
    timeZone: "Europe/London",
    status: "active",
  });

  const harbourHash = await hashPassword(HARBOUR_PASSWORD);
  for (let attempt = 0; attempt < FIXTURE_ATTEMPTS; attempt++) {
    const [harbour] = await db
      .insert(clinics)
      .values({
        name: attempt === 0 ? "Harbour Physio" : `Harbour Physio ${attempt + 1}`,
        timeZone: "Europe/London",
      })
      .returning();
    const harbourStaff = [
      { ...forAttempt(HARBOUR_ADMIN, attempt), role: "admin" as const },
      { ...forAttempt(HARBOUR_TOTP_CLINICIAN, attempt), role: "clinician" as const },
      { ...forAttempt(HARBOUR_CLINICIAN, attempt), role: "clinician" as const },
    ];
    await db
      .insert(users)
      .values(harbourStaff.map((u) => ({ ...u, clinicId: harbour!.id, passwordHash: harbourHash })));
  }
  const [passwordUser] = await db
    .insert(users)
    .values({
      clinicId: riverside!.id,
      email: PASSWORD_PATIENT.email,
      name: PASSWORD_PATIENT.name,
      role: "patient",
      passwordHash: await hashPassword(DEMO_PASSWORD),
    })
    .returning();
  await db.insert(patients).values({
    clinicId: riverside!.id,
    primaryClinicianId: anna!.id,
    userId: passwordUser!.id,
    fullName: PASSWORD_PATIENT.name,
    email: PASSWORD_PATIENT.email,
    timeZone: "Europe/London",
    status: "active",
  });
  await prepareSecurityFixtures(db);
  const annaActor: StaffActor = {
    kind: "staff",
    userId: anna!.id,
    role: "clinician",
    clinicId: riverside!.id,
    name: anna!.name,
    sessionId: "e2e-prepare",
  };
  const london = { timeZone: "Europe/London", withAccount: true } as const;
  for (let attempt = 0; attempt < FIXTURE_ATTEMPTS; attempt++) {
    await makePatientWithPlan(db, annaActor, { ...london, ...forAttempt(RED_FLAG_PATIENT, attempt) });
    await makePatientWithPlan(db, annaActor, { ...london, ...forAttempt(EVENING_PATIENT, attempt) });
    const cara = forAttempt(CHANGE_REQUEST_PATIENT, attempt);
    await makePatientWithPlan(db, annaActor, { ...london, fullName: cara.fullName, email: cara.email });
    const finn = forAttempt(FLARE_UP_HOLD_PATIENT, attempt);
    const finnRow = await makePatientWithPlan(db, annaActor, {
      ...london,
      fullName: finn.fullName,
      email: finn.email,
    });
    await db.insert(flareUpPlans).values({
      clinicId: riverside!.id,
      patientId: finnRow.id,
      enabled: true,
      maxDays: 3,
      plan: FLARE_UP_HOLD_PATIENT.plan,
      updatedById: anna!.id,
    });
  }
  const pia = await makePatientWithPlan(db, annaActor, {
    ...london,
    fullName: PSFS_PATIENT.fullName,
    email: PSFS_PATIENT.email,
  });
  await db.insert(measureResponses).values({
    clinicId: pia.clinicId,
    patientId: pia.id,
    clientId: crypto.randomUUID(),
    instrument: "psfs",
    takenOn: addDays(localDate("Europe/London"), -14),
    answers: PSFS_PATIENT.intake,
    score: scorePsfs(PSFS_PATIENT.intake),
  });
  await handle.close();
  console.log("[e2e] Database prepared in", dataDir);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
