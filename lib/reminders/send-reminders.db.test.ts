import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database, type DatabaseHandle } from "@/db/client";
import { saveReminderPreferences } from "@/db/queries/reminders";
import { clinics, diaryEntries, outbox, patients, plans, reminderSends } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { makeClinic, makePatient, makeStaff } from "@/db/testing/factories";
import { DEFAULT_REMINDER_PREFERENCES, type ReminderPreferences } from "@/lib/domain/reminders/due";
import { changeOwnReminders, changeRemindersByLink } from "./quick-change";
import { verifyReminderLink } from "./link-token";
import { sendDueReminders } from "./send-reminders";

process.env.AUTH_SECRET ??= "send-reminders-test-secret";
process.env.APP_URL = "https://gradus.test";

let handle: TestDatabase;
let db: Database;
const meta = { ip: "203.0.113.9", userAgent: "test" };

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(async () => handle?.destroy());

/** Only the diary reminder on: questionnaires and safety questions have their own test below. */
const diaryOnly: ReminderPreferences = {
  ...DEFAULT_REMINDER_PREFERENCES,
  questionnaire: false,
  checkIn: false,
};

async function patientWithPlan(timeZone: string, prefs: ReminderPreferences | null = diaryOnly) {
  const clinic = await makeClinic(db);
  const clinician = await makeStaff(db, clinic.id);
  const patient = await makePatient(db, clinician, { withAccount: true, timeZone });
  await db.insert(plans).values({ clinicId: clinic.id, patientId: patient.id });
  if (prefs) await saveReminderPreferences(db, clinic.id, patient.id, prefs);
  return patient;
}

const emailsTo = (email: string) => db.select().from(outbox).where(eq(outbox.recipient, email));
const sendsOf = (patientId: string) =>
  db.select().from(reminderSends).where(eq(reminderSends.patientId, patientId));

describe("the reminder job", () => {
  it("reminds each patient at their own local time, once, and drops a slot older than two hours", async () => {
    const london = await patientWithPlan("Europe/London");
    const newYork = await patientWithPlan("America/New_York");
    // 19:00 in London in January is 19:00 UTC; in New York it is 00:00 UTC the next day.
    await sendDueReminders(db, new Date("2026-01-15T18:59:00Z"));
    expect(await emailsTo(london.email)).toHaveLength(0);

    await sendDueReminders(db, new Date("2026-01-15T19:00:00Z"));
    await sendDueReminders(db, new Date("2026-01-15T19:01:00Z"));
    const londonMail = await emailsTo(london.email);
    expect(londonMail).toHaveLength(1);
    expect(await emailsTo(newYork.email)).toHaveLength(0);
    expect(londonMail[0]).toMatchObject({ kind: "reminder", subject: "A reminder from Gradus" });
    // No health information, a link behind sign-in, and the one-click unsubscribe headers.
    expect(londonMail[0]!.textBody).toContain("https://gradus.test/portal");
    expect(londonMail[0]!.textBody).not.toMatch(/pain|Test Patient|back/i);
    expect(londonMail[0]!.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(londonMail[0]!.headers?.["List-Unsubscribe"]).toMatch(
      /^<https:\/\/gradus\.test\/api\/reminders\/stop\?t=/,
    );

    await sendDueReminders(db, new Date("2026-01-16T00:00:00Z"));
    expect(await emailsTo(newYork.email)).toHaveLength(1);
    expect((await sendsOf(newYork.id))[0]).toMatchObject({ localDate: "2026-01-15", kind: "diary" });

    // The app was down through the London patient's next evening until 21:30: quiet hours, nothing.
    await sendDueReminders(db, new Date("2026-01-16T21:30:00Z"));
    expect(await emailsTo(london.email)).toHaveLength(1);
  });

  it("a patient who never chose a time is reminded at the clinic's reminder time", async () => {
    const p = await patientWithPlan("Europe/London", null);
    await db.update(clinics).set({ reminderTime: "17:30" }).where(eq(clinics.id, p.clinicId));
    await sendDueReminders(db, new Date("2026-03-02T17:29:00Z"));
    expect(await emailsTo(p.email)).toHaveLength(0);
    await sendDueReminders(db, new Date("2026-03-02T17:30:00Z"));
    expect(await emailsTo(p.email)).toHaveLength(1);
  });

  it("catches up once after a restart within the two-hour window", async () => {
    const p = await patientWithPlan("Europe/Berlin", {
      ...diaryOnly,
      quietFrom: "23:00",
      quietUntil: "07:00",
    });
    // 19:00 CET is 18:00 UTC; the first run after a restart is at 19:45 local.
    await sendDueReminders(db, new Date("2026-02-10T18:45:00Z"));
    await sendDueReminders(db, new Date("2026-02-10T18:46:00Z"));
    expect(await emailsTo(p.email)).toHaveLength(1);
    // The next day the app comes back exactly two hours late: that slot is stale and dropped.
    await sendDueReminders(db, new Date("2026-02-11T20:00:00Z"));
    await sendDueReminders(db, new Date("2026-02-11T21:00:00Z"));
    expect(await emailsTo(p.email)).toHaveLength(1);
  });

  it("sends nothing once the day is logged", async () => {
    const p = await patientWithPlan("Europe/London");
    await db
      .insert(diaryEntries)
      .values({ clinicId: p.clinicId, patientId: p.id, entryDate: "2026-01-20", clientId: randomUUID() });
    await sendDueReminders(db, new Date("2026-01-20T19:00:00Z"));
    expect(await emailsTo(p.email)).toHaveLength(0);
  });

  it("sends nothing before a plan, while paused for a red flag, or after discharge", async () => {
    const clinic = await makeClinic(db);
    const clinician = await makeStaff(db, clinic.id);
    const noPlan = await makePatient(db, clinician, { withAccount: true });
    const paused = await patientWithPlan("Europe/London");
    const discharged = await patientWithPlan("Europe/London");
    await db.update(patients).set({ status: "paused" }).where(eq(patients.id, paused.id));
    await db.update(patients).set({ status: "discharged" }).where(eq(patients.id, discharged.id));
    await sendDueReminders(db, new Date("2026-01-21T19:00:00Z"));
    for (const p of [noPlan, paused, discharged]) expect(await emailsTo(p.email)).toHaveLength(0);
  });

  it("sends nothing while the patient paused reminders, nor after they stopped the kind", async () => {
    const paused = await patientWithPlan("Europe/London");
    const stopped = await patientWithPlan("Europe/London");
    const actor = (p: typeof paused) => ({
      kind: "patient" as const,
      role: "patient" as const,
      userId: p.userId!,
      clinicId: p.clinicId,
      patientId: p.id,
      name: "",
      sessionId: "t",
    });
    const start = new Date("2026-01-22T12:00:00Z");
    await changeOwnReminders({ db, actor: actor(paused), meta }, { action: "pause" }, start);
    await changeOwnReminders({ db, actor: actor(stopped), meta }, { action: "stop", kind: "diary" }, start);
    await sendDueReminders(db, new Date("2026-01-22T19:00:00Z"));
    await sendDueReminders(db, new Date("2026-01-28T19:00:00Z"));
    expect(await emailsTo(paused.email)).toHaveLength(0);
    expect(await emailsTo(stopped.email)).toHaveLength(0);
    // A week later the pause is over.
    await sendDueReminders(db, new Date("2026-01-29T19:00:00Z"));
    expect(await emailsTo(paused.email)).toHaveLength(1);
    expect(await emailsTo(stopped.email)).toHaveLength(0);
  });

  it("stops a kind from the email's signed link, without signing in", async () => {
    const p = await patientWithPlan("Europe/London");
    await sendDueReminders(db, new Date("2026-02-02T19:00:00Z"));
    const [mail] = await emailsTo(p.email);
    const token = decodeURIComponent(/[?&]t=([^>\s&]+)/.exec(mail!.headers!["List-Unsubscribe"]!)![1]!);
    const link = verifyReminderLink(token, new Date("2026-02-02T19:05:00Z"));
    expect(link).toMatchObject({ patientId: p.id, kind: "diary" });
    const changed = await changeRemindersByLink({ db, meta }, link!, "stop");
    expect(changed.ok).toBe(true);
    await sendDueReminders(db, new Date("2026-02-03T19:00:00Z"));
    expect(await emailsTo(p.email)).toHaveLength(1);
    // A link naming a patient of another clinic changes nothing.
    const other = await patientWithPlan("Europe/London");
    const forged = await changeRemindersByLink({ db, meta }, { ...link!, patientId: other.id }, "stop");
    expect(forged.ok).toBe(false);
  });

  it("asks for the safety questions before a questionnaire, and a questionnaire before the diary", async () => {
    const p = await patientWithPlan("Europe/London", DEFAULT_REMINDER_PREFERENCES);
    await sendDueReminders(db, new Date("2026-01-23T19:00:00Z"));
    expect((await sendsOf(p.id)).map((s) => s.kind)).toEqual(["check_in"]);
  });

  it("sends exactly one reminder when two runners work on one database at the same moment", async () => {
    const p = await patientWithPlan("Europe/London");
    const second: DatabaseHandle | null =
      handle.kind === "postgres"
        ? await openDatabase({ kind: "postgres", url: handle.pool.options.connectionString! })
        : null;
    try {
      const now = new Date("2026-01-24T19:00:00Z");
      const runs = await Promise.all([
        sendDueReminders(db, now),
        sendDueReminders(second?.db ?? db, now),
        sendDueReminders(db, now),
        sendDueReminders(second?.db ?? db, now),
      ]);
      expect(runs.every((r) => r.sent >= 0)).toBe(true);
      expect(await emailsTo(p.email)).toHaveLength(1);
      expect(
        await db
          .select()
          .from(reminderSends)
          .where(and(eq(reminderSends.patientId, p.id))),
      ).toHaveLength(1);
    } finally {
      await second?.close();
    }
  });
});
