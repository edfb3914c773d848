import type { Queryable } from "../client";
import { messageReads, messages, messageTemplates, timeLogEntries } from "../schema";

const HOUR = 3_600_000;
const ago = (hours: number, now: Date) => new Date(now.getTime() - hours * HOUR);

type Line = { hoursAgo: number; from: "patient" | "staff"; body: string };

/**
 * Demo threads: Maria and her physio have talked (all read); James wrote days ago and nobody has answered
 * (a low alert, and an unread count on the list); Daniel's exchange and logged call fill a monitoring month.
 */
export const demoThreads: Record<string, Line[]> = {
  "maria.lopez@mail.example": [
    {
      hoursAgo: 80,
      from: "patient",
      body: "Is it normal that my back feels stiff the morning after a longer walk?",
    },
    {
      hoursAgo: 77,
      from: "staff",
      body: "Yes, some stiffness the next morning is common and usually eases once you get moving. Keep to your quota and tell me if it lasts past lunchtime.",
    },
    { hoursAgo: 76, from: "patient", body: "Thank you, that helps. It was gone by ten." },
    // The care team has the last word, so Maria's thread waits for nobody (no unanswered-message alert).
    { hoursAgo: 75, from: "staff", body: "Good to hear. Keep going as you are." },
  ],
  "james.oneill@mail.example": [
    {
      hoursAgo: 100,
      from: "patient",
      body: "My pain went up after gardening at the weekend. Should I stop the walking for a few days?",
    },
  ],
  "daniel.brooks@mail.example": [
    {
      hoursAgo: 200,
      from: "patient",
      body: "I missed two days because of work travel. Do I start again where I left off?",
    },
    {
      hoursAgo: 196,
      from: "staff",
      body: "Welcome back. Start again at your last quota; there is no need to make up the missed days.",
    },
  ],
};

export const demoTimeLog: Record<
  string,
  { hoursAgo: number; minutes: number; kind: "review" | "call" | "message"; note: string }[]
> = {
  "maria.lopez@mail.example": [
    { hoursAgo: 77, minutes: 4, kind: "message", note: "Reply about morning stiffness" },
    { hoursAgo: 30, minutes: 8, kind: "review", note: "Weekly diary review" },
  ],
  "daniel.brooks@mail.example": [
    { hoursAgo: 196, minutes: 3, kind: "message", note: "Reply about missed days" },
    { hoursAgo: 150, minutes: 15, kind: "call", note: "Check-in call after travel" },
    { hoursAgo: 20, minutes: 6, kind: "review", note: "Diary review" },
  ],
  "james.oneill@mail.example": [{ hoursAgo: 50, minutes: 12, kind: "review", note: "Pain rise review" }],
};

export const demoTemplates = [
  {
    title: "Flare-up advice",
    body: "Sorry to hear it has been a harder few days. Flare-ups are common and usually settle. Keep moving gently within your quota, and tell me if the pain goes down your leg or you feel numb.",
  },
  {
    title: "Thanks for the update",
    body: "Thank you for letting me know. I have looked at your diary and your plan stays as it is for now.",
  },
];

export async function seedDemoTemplates(tx: Queryable, clinicId: string, adminId: string) {
  await tx
    .insert(messageTemplates)
    .values(demoTemplates.map((t) => ({ ...t, clinicId, createdById: adminId })));
}

/** One patient's demo thread and logged minutes; the care team's read mark is at their own last reply. */
export async function seedDemoMessages(
  tx: Queryable,
  ids: { clinicId: string; patientId: string; patientUserId: string | null; clinicianId: string },
  email: string,
  now = new Date(),
) {
  const thread = demoThreads[email] ?? [];
  if (ids.patientUserId && thread.length > 0) {
    await tx.insert(messages).values(
      thread.map((m) => ({
        clinicId: ids.clinicId,
        patientId: ids.patientId,
        clientId: crypto.randomUUID(),
        author: m.from,
        authorUserId: m.from === "patient" ? ids.patientUserId! : ids.clinicianId,
        body: m.body,
        createdAt: ago(m.hoursAgo, now),
      })),
    );
    const last = thread.at(-1)!;
    const lastStaff = thread.filter((m) => m.from === "staff").at(-1);
    // Maria's thread is read on both sides; elsewhere the patient has read up to their own last message.
    await tx.insert(messageReads).values({
      clinicId: ids.clinicId,
      patientId: ids.patientId,
      userId: ids.patientUserId,
      readUpTo: ago(last.hoursAgo, now),
    });
    const staffReadTo = email === "maria.lopez@mail.example" ? last : lastStaff;
    if (staffReadTo)
      await tx.insert(messageReads).values({
        clinicId: ids.clinicId,
        patientId: ids.patientId,
        userId: ids.clinicianId,
        readUpTo: ago(staffReadTo.hoursAgo, now),
      });
  }
  const time = demoTimeLog[email] ?? [];
  if (time.length > 0)
    await tx.insert(timeLogEntries).values(
      time.map((t) => ({
        clinicId: ids.clinicId,
        patientId: ids.patientId,
        clientId: crypto.randomUUID(),
        clinicianId: ids.clinicianId,
        minutes: t.minutes,
        kind: t.kind,
        note: t.note,
        createdAt: ago(t.hoursAgo, now),
      })),
    );
}
