import { randomBytes } from "node:crypto";
import { and, count, eq, isNull } from "drizzle-orm";
import { seedDemoReminders } from "./demo-reminders";
import type { Database } from "../client";
import { clinics, episodes, invites, patients, planTemplates, users } from "../schema";
import { localDate } from "@/lib/domain/local-time";

const DAY_MS = 24 * 60 * 60 * 1000;
import { hashInviteToken, INVITE_LIFETIME_MS } from "../queries/invites";
import { DEMO_PASSWORD, demoClinic, demoPatients, demoStaff, type DemoStaffKey } from "./demo-clinic";
import { demoDiaryStories, seedBaselineSessions, seedDemoDiary } from "./demo-diaries";
import { seedDemoMessages, seedDemoTemplates } from "./demo-messages";
import { seedDemoOutcomes } from "./demo-outcomes";
import { seedDemoOutbox } from "./demo-outbox";
import { demoDay, demoRevisions, demoStories, seedDemoPlan } from "./demo-plans";
import { seedDemoPlanRequests } from "./demo-plan-requests";

export type PasswordHasher = (password: string) => Promise<string>;

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(clinics);
  return (row?.n ?? 0) === 0;
}

/**
 * Creates the demo clinic in one transaction. The password hasher is passed in so the data layer does not
 * depend on the auth module.
 */
export async function seedDemo(db: Database, hashPassword: PasswordHasher): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const [clinic] = await tx
      .insert(clinics)
      .values({ ...demoClinic, isDemo: true })
      .returning();
    if (!clinic) throw new Error("clinic insert returned no row");

    const staffIds = new Map<DemoStaffKey, string>();
    const outboxInvites: Array<{ email: string; token: string }> = [];
    let outboxAlert: { to: string; patientId: string } | null = null;
    for (const s of demoStaff) {
      const [u] = await tx
        .insert(users)
        .values({
          clinicId: clinic.id,
          email: s.email,
          name: s.name,
          role: s.role,
          passwordHash,
          disabledAt: "disabled" in s && s.disabled ? new Date() : null,
        })
        .returning({ id: users.id });
      if (!u) throw new Error("user insert returned no row");
      staffIds.set(s.key, u.id);
    }

    await seedDemoTemplates(tx, clinic.id, staffIds.get("priya")!);
    // One plan template of the clinic's own, saved by Anna: Tom may edit it; only Anna and Priya may retire it.
    await tx.insert(planTemplates).values({
      clinicId: clinic.id,
      createdById: staffIds.get("anna")!,
      name: "Desk worker start",
      description: "Walking breaks and sitting time for people back at a desk job.",
      activities: [
        {
          name: "Walking",
          unit: "minutes",
          startFraction: 0.7,
          progression: { kind: "fixed", step: 2, everyDays: 2 },
          goal: 30,
          instructions: "Walk at an easy pace you could keep talking at. Count the minutes you walk.",
        },
        {
          name: "Sitting tolerance",
          unit: "minutes",
          startFraction: 0.7,
          progression: { kind: "fixed", step: 3, everyDays: 3 },
          goal: 60,
          instructions: "Sit at your desk until the time is up, then stand and move for two minutes.",
        },
      ],
    });

    for (const [index, p] of demoPatients.entries()) {
      const clinicianId = staffIds.get(p.clinician)!;
      let userId: string | null = null;
      if (!p.invited) {
        const [u] = await tx
          .insert(users)
          .values({ clinicId: clinic.id, email: p.email, name: p.fullName, role: "patient", passwordHash })
          .returning({ id: users.id });
        userId = u!.id;
      }
      const [patient] = await tx
        .insert(patients)
        .values({
          clinicId: clinic.id,
          primaryClinicianId: clinicianId,
          userId,
          fullName: p.fullName,
          email: p.email,
          timeZone: p.timeZone,
          condition: p.condition,
          dateOfBirth: p.dateOfBirth ?? null,
          recordNumber: p.recordNumber ?? null,
          status: p.discharged ? "discharged" : p.invited ? "invited" : "active",
          ...(p.discharged
            ? {
                createdAt: new Date(Date.now() - p.discharged.startedDaysAgo * DAY_MS),
                dischargedAt: new Date(Date.now() - p.discharged.endedDaysAgo * DAY_MS),
              }
            : {}),
        })
        .returning({ id: patients.id });
      if (p.discharged) {
        const dayAgo = (days: number) => localDate(p.timeZone, new Date(Date.now() - days * DAY_MS));
        await tx.insert(episodes).values({
          clinicId: clinic.id,
          patientId: patient!.id,
          number: 1,
          startedOn: dayAgo(p.discharged.startedDaysAgo),
          endedOn: dayAgo(p.discharged.endedDaysAgo),
          dischargeReason: p.discharged.reason,
          maintenanceMessage: p.discharged.message,
          dischargedById: clinicianId,
          dischargedAt: new Date(Date.now() - p.discharged.endedDaysAgo * DAY_MS),
        });
      }
      const story = demoStories[p.email];
      if (story) {
        const revisions = demoRevisions(story);
        await seedDemoPlan(
          tx,
          { clinicId: clinic.id, patientId: patient!.id, authorId: clinicianId },
          revisions,
        );
        const diary = demoDiaryStories[p.email];
        if (diary) {
          await seedDemoDiary(
            tx,
            { clinicId: clinic.id, patientId: patient!.id },
            revisions,
            diary,
            index + 1,
            p.timeZone,
          );
          const lastDay = demoDay(diary.lastEntry ?? -1);
          await seedDemoOutcomes(
            tx,
            p.email,
            { clinicId: clinic.id, patientId: patient!.id },
            clinicianId,
            revisions[0]!.effectiveFrom,
            lastDay,
          );
        }
      }
      if (userId && patient)
        await seedDemoPlanRequests(tx, p.email, { clinicId: clinic.id, patientId: patient.id, clinicianId });
      if (userId) await seedDemoReminders(tx, clinic.id, patient!.id, p.email);
      await seedDemoMessages(
        tx,
        { clinicId: clinic.id, patientId: patient!.id, patientUserId: userId, clinicianId },
        p.email,
      );
      if (p.email === "aiko.tanaka@mail.example")
        await seedBaselineSessions(
          tx,
          { clinicId: clinic.id, patientId: patient!.id },
          "walking",
          [12, 15, 14],
        );
      if (p.invited) {
        // A pending invite; its email (with the link) waits in the Outbox, and the clinician can send a new one.
        const token = randomBytes(32).toString("base64url");
        outboxInvites.push({ email: p.email, token });
        await tx.insert(invites).values({
          clinicId: clinic.id,
          patientId: patient!.id,
          tokenHash: hashInviteToken(token),
          createdById: clinicianId,
          expiresAt: new Date(Date.now() + INVITE_LIFETIME_MS),
        });
      }
      // James's urgent check-in yesterday (demo-outcomes.ts) told his physiotherapist by email.
      if (p.email === "james.oneill@mail.example")
        outboxAlert = {
          to: demoStaff.find((s) => s.key === p.clinician)!.email,
          patientId: patient!.id,
        };
    }
    await seedDemoOutbox(tx, { clinicId: clinic.id, invites: outboxInvites, alert: outboxAlert });
  });
}

/** The demo accounts still present, for the start-up banner. */
export async function demoLogins(db: Database) {
  return db
    .select({ email: users.email, name: users.name, role: users.role })
    .from(users)
    .innerJoin(clinics, eq(clinics.id, users.clinicId))
    .where(and(eq(clinics.isDemo, true), isNull(users.disabledAt)))
    .orderBy(users.role, users.name);
}

/** The lines printed at every start while the demo clinic exists. */
export function formatDemoBanner(logins: Awaited<ReturnType<typeof demoLogins>>): string {
  if (logins.length === 0) return "";
  const width = Math.max(...logins.map((l) => l.email.length));
  const line = (l: (typeof logins)[number]) => `  ${l.email.padEnd(width)}  ${l.name} (${l.role})`;
  const staff = logins.filter((l) => l.role !== "patient");
  const patientLogins = logins.filter((l) => l.role === "patient");
  return [
    "",
    `Demo clinic: ${demoClinic.name}. Every demo account's password is: ${DEMO_PASSWORD}`,
    "Clinic staff (open /patients):",
    ...staff.map(line),
    "Patients (open /portal; best on a phone-sized window):",
    ...patientLogins.map(line),
    "",
  ].join("\n");
}
