// The load test's clinic: one clinician and N patients with accounts and a walking plan running for a month,
// so any of the last seven days can be logged.
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { clinics, patients, users } from "@/db/schema";
import { demoRevisions, seedDemoPlan } from "@/db/seed/demo-plans";
import { hashPassword } from "@/lib/auth/password";

export const LOAD_PASSWORD = "load test patient password";
export const LOAD_TIME_ZONE = "Europe/London";
export const loadEmail = (i: number) => `load.patient.${i}@load.example`;

export async function seedLoadClinic(url: string, count: number): Promise<{ patientIds: string[] }> {
  const handle = await openDatabase({ kind: "postgres", url });
  await migrateDatabase(handle);
  const { db } = handle;
  const passwordHash = await hashPassword(LOAD_PASSWORD);
  const [clinic] = await db
    .insert(clinics)
    .values({ name: "Load clinic", timeZone: LOAD_TIME_ZONE })
    .returning();
  const [physio] = await db
    .insert(users)
    .values({
      clinicId: clinic!.id,
      email: "physio@load.example",
      name: "Load Physio",
      role: "clinician",
      passwordHash,
    })
    .returning();
  const patientIds: string[] = [];
  for (let i = 0; i < count; i++) {
    await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          clinicId: clinic!.id,
          email: loadEmail(i),
          name: `Load Patient ${i}`,
          role: "patient",
          passwordHash,
        })
        .returning();
      const [patient] = await tx
        .insert(patients)
        .values({
          clinicId: clinic!.id,
          primaryClinicianId: physio!.id,
          userId: user!.id,
          fullName: `Load Patient ${i}`,
          email: loadEmail(i),
          timeZone: LOAD_TIME_ZONE,
          status: "active",
        })
        .returning();
      const revisions = demoRevisions({
        startOffset: -30,
        reason: "Load test plan",
        activities: [
          {
            name: "Walking",
            unit: "minutes",
            baseline: 15,
            startFraction: 0.7,
            progression: { kind: "fixed", step: 1, everyDays: 2 },
            goal: 60,
          },
        ],
      });
      await seedDemoPlan(
        tx,
        { clinicId: clinic!.id, patientId: patient!.id, authorId: physio!.id },
        revisions,
      );
      patientIds.push(patient!.id);
    });
  }
  await handle.close();
  return { patientIds };
}
