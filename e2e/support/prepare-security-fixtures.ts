// The records the access-control matrix and the fuzzers act on (see ./fixtures). Kept apart from the other
// specs' data so their writes (acknowledged alerts, plan revisions, hostile notes) change nothing others read.
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { hashInviteToken, INVITE_LIFETIME_MS } from "@/db/queries/invites";
import { clinics, diaryEntries, goals, invites, patients, redFlagReports, users } from "@/db/schema";
import { seedBaselineSessions } from "@/db/seed/demo-diaries";
import { demoDay, demoRevisions, seedDemoPlan, type Story } from "@/db/seed/demo-plans";
import { hashPassword } from "@/lib/auth/password";
import {
  FUZZ_PATIENT,
  MATRIX_ADMIN,
  MATRIX_CLINIC,
  MATRIX_CLINICIAN,
  MATRIX_GOAL_ID,
  MATRIX_INVITED_PATIENT,
  MATRIX_RED_FLAG_REPORT_ID,
  MATRIX_PATIENT_A,
  MATRIX_PATIENT_B,
  OTHER_CLINIC_CLINICIAN,
  OTHER_CLINIC_FUZZ_TARGET,
  OTHER_CLINIC_PATIENT_ID,
  OUTCOME_FUZZ_PATIENT,
  SECURITY_PASSWORD,
} from "./fixtures";

const walkingPlan = (startOffset: number, extra: Story["activities"] = []): Story => ({
  startOffset,
  reason: "Security fixture plan",
  activities: [
    {
      name: "Walking",
      unit: "minutes",
      baseline: 15,
      startFraction: 0.7,
      progression: { kind: "fixed", step: 1, everyDays: 2 },
      goal: 40,
    },
    ...extra,
  ],
});

export async function prepareSecurityFixtures(db: Database) {
  const passwordHash = await hashPassword(SECURITY_PASSWORD);
  const [clinic] = await db.insert(clinics).values(MATRIX_CLINIC).returning();
  const clinicId = clinic!.id;
  const [clinician] = await db
    .insert(users)
    .values({ clinicId, ...MATRIX_CLINICIAN, role: "clinician", passwordHash })
    .returning();
  await db.insert(users).values({ clinicId, ...MATRIX_ADMIN, role: "admin", passwordHash });
  const clinicianId = clinician!.id;
  const withAccount = async (p: { id: string; email: string; fullName: string }, story: Story) => {
    const [user] = await db
      .insert(users)
      .values({ clinicId, email: p.email, name: p.fullName, role: "patient", passwordHash })
      .returning();
    await db.insert(patients).values({
      id: p.id,
      clinicId,
      primaryClinicianId: clinicianId,
      userId: user!.id,
      fullName: p.fullName,
      email: p.email,
      timeZone: "Europe/London",
      status: "active",
    });
    await seedDemoPlan(db, { clinicId, patientId: p.id, authorId: clinicianId }, demoRevisions(story));
  };

  // Patient A: steps still in baseline with three sessions logged, and pain 8 yesterday (a critical alert).
  await withAccount(
    MATRIX_PATIENT_A,
    walkingPlan(-4, [
      {
        name: "Steps",
        unit: "steps",
        baseline: null,
        startFraction: 0.7,
        progression: { kind: "fixed", step: 100, everyDays: 2 },
        goal: 8000,
      },
    ]),
  );
  await seedBaselineSessions(db, { clinicId, patientId: MATRIX_PATIENT_A.id }, "steps", [3000, 3200, 3100]);
  await db
    .update(diaryEntries)
    .set({ painNow: 8, painAverage: 8 })
    .where(
      and(
        eq(diaryEntries.clinicId, clinicId),
        eq(diaryEntries.patientId, MATRIX_PATIENT_A.id),
        eq(diaryEntries.entryDate, demoDay(-1)),
      ),
    );

  await db.insert(goals).values({
    id: MATRIX_GOAL_ID,
    clinicId,
    patientId: MATRIX_PATIENT_A.id,
    description: "Sit through a film without getting up",
    measure: "pain",
    target: 2,
    targetDate: demoDay(60),
    createdById: clinicianId,
  });
  await db.insert(redFlagReports).values({
    id: MATRIX_RED_FLAG_REPORT_ID,
    clinicId,
    patientId: MATRIX_PATIENT_A.id,
    clientId: crypto.randomUUID(),
    trigger: "weekly",
    answeredOn: demoDay(-2),
    answers: { fever: true },
    tier: "urgent",
    patientAcknowledgedAt: new Date(),
  });

  await withAccount(MATRIX_PATIENT_B, walkingPlan(-10));
  await withAccount(FUZZ_PATIENT, walkingPlan(-10));
  await withAccount(OUTCOME_FUZZ_PATIENT, walkingPlan(-10));

  await db.insert(patients).values({
    id: MATRIX_INVITED_PATIENT.id,
    clinicId,
    primaryClinicianId: clinicianId,
    fullName: MATRIX_INVITED_PATIENT.fullName,
    email: MATRIX_INVITED_PATIENT.email,
    timeZone: "Europe/London",
  });
  await db.insert(invites).values({
    clinicId,
    patientId: MATRIX_INVITED_PATIENT.id,
    tokenHash: hashInviteToken(randomBytes(32).toString("base64url")),
    createdById: clinicianId,
    expiresAt: new Date(Date.now() + INVITE_LIFETIME_MS),
  });

  // Clinic 2's patient gets a plan too, so its clinician's plan actions have something to act on.
  const [hillsidePhysio] = await db.select().from(users).where(eq(users.email, OTHER_CLINIC_CLINICIAN.email));
  const hillside = { clinicId: hillsidePhysio!.clinicId, authorId: hillsidePhysio!.id };
  await seedDemoPlan(
    db,
    { ...hillside, patientId: OTHER_CLINIC_PATIENT_ID },
    demoRevisions(walkingPlan(-10)),
  );
  await db.insert(patients).values({
    ...OTHER_CLINIC_FUZZ_TARGET,
    clinicId: hillside.clinicId,
    primaryClinicianId: hillside.authorId,
    timeZone: "Europe/Berlin",
    status: "active",
  });
  await seedDemoPlan(
    db,
    { ...hillside, patientId: OTHER_CLINIC_FUZZ_TARGET.id },
    demoRevisions(walkingPlan(-10)),
  );
}
