import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveReminderPreferences } from "@/db/queries/reminders";
import { plans } from "@/db/schema";
import { makeClinic, makePatient, makeStaff } from "@/db/testing/factories";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { DEFAULT_REMINDER_PREFERENCES } from "@/lib/domain/reminders/due";
import { smtpSender, type MailSender } from "@/lib/outbox/mail-sender";
import { sendDueEmail } from "@/lib/outbox/send-due-email";
import { startSmtpTestServer, type SmtpTestServer } from "@/lib/outbox/testing/smtp-test-server";
import { verifyReminderLink } from "./link-token";
import { sendDueReminders } from "./send-reminders";

process.env.AUTH_SECRET ??= "reminder-email-test-secret";
process.env.APP_URL = "https://gradus.test";

/** The reminder as it arrives at a real SMTP server (smtp-server), parsed with mailparser. */
let t: TestDatabase;
let smtp: SmtpTestServer;
let sender: MailSender;

beforeAll(async () => {
  t = await createTestDatabase();
  smtp = await startSmtpTestServer();
  sender = smtpSender(smtp.url, "Gradus <gradus@clinic.test>");
});
afterAll(async () => {
  if (sender.kind === "smtp") sender.close();
  await smtp.close();
  await t.destroy();
});

describe("a reminder email", () => {
  it("arrives at the patient's chosen local time with one-click unsubscribe headers and no health information", async () => {
    const clinic = await makeClinic(t.db);
    const clinician = await makeStaff(t.db, clinic.id);
    const tokyo = await makePatient(t.db, clinician, { withAccount: true, timeZone: "Asia/Tokyo" });
    const chicago = await makePatient(t.db, clinician, { withAccount: true, timeZone: "America/Chicago" });
    for (const p of [tokyo, chicago]) {
      await t.db.insert(plans).values({ clinicId: clinic.id, patientId: p.id });
      await saveReminderPreferences(t.db, clinic.id, p.id, {
        ...DEFAULT_REMINDER_PREFERENCES,
        questionnaire: false,
        checkIn: false,
        sendAt: "07:30",
        quietFrom: "22:00",
        quietUntil: "07:00",
      });
    }
    // 07:30 in Tokyo (UTC+9) on 1 March is 22:30 UTC on 28 February; in Chicago (UTC-6) it is 13:30 UTC.
    const tokyoMorning = new Date("2026-02-28T22:30:00Z");
    await sendDueReminders(t.db, tokyoMorning);
    // The outbox sends on the real clock (its rows are due from when they were stored).
    await sendDueEmail({ db: t.db, sender, log: () => {} });
    const [first] = await smtp.waitFor(1);
    expect(first!.to).toMatchObject({ text: tokyo.email });

    const chicagoMorning = new Date("2026-03-01T13:30:00Z");
    await sendDueReminders(t.db, chicagoMorning);
    await sendDueEmail({ db: t.db, sender, log: () => {} });
    const all = await smtp.waitFor(2);
    expect(all.map((m) => m.to && !Array.isArray(m.to) && m.to.text)).toEqual([tokyo.email, chicago.email]);

    const mail = all[1]!;
    expect(mail.subject).toBe("A reminder from Gradus");
    expect(mail.text).toContain("https://gradus.test/portal");
    expect(mail.text).not.toMatch(/pain|Test Patient|back|red flag/i);
    expect(mail.html).toBeTruthy();
    // The raw header lines as they arrived (mailparser folds List-* headers into one "list" object).
    const header = (name: string) =>
      mail.headerLines
        .find((l) => l.key === name)
        ?.line.slice(name.length + 1)
        .trim() ?? "";
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    const url = header("list-unsubscribe");
    expect(url).toMatch(/^<https:\/\/gradus\.test\/api\/reminders\/stop\?t=[^>]+>$/);
    const token = new URL(url.replace(/^<|>$/g, "")).searchParams.get("t");
    expect(verifyReminderLink(token, chicagoMorning)).toMatchObject({ patientId: chicago.id, kind: "diary" });
  }, 120_000);
});
