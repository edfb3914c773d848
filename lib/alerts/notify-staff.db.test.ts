import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox, patients, users } from "@/db/schema";
import { makeClinic, makePatient, makeStaff, patientActor } from "@/db/testing/factories";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { RED_FLAG_KEYS } from "@/lib/domain/red-flags";
import { runJobsOnce } from "@/lib/jobs/runner";
import { smtpSender, type MailSender } from "@/lib/outbox/mail-sender";
import { URGENT_ALERT_TEXT } from "@/lib/outbox/messages";
import { sendDueEmail } from "@/lib/outbox/send-due-email";
import { startSmtpTestServer, type SmtpTestServer } from "@/lib/outbox/testing/smtp-test-server";
import { submitCheckIn } from "@/lib/red-flags/submit-check-in";

const meta = { ip: "203.0.113.70", userAgent: "vitest" };
const quiet = () => {};
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

const answering = (...yes: string[]) =>
  Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, yes.includes(k) ? "yes" : "no"]));

async function clinicWithPatient() {
  const clinic = await makeClinic(t.db);
  const physio = await makeStaff(t.db, clinic.id);
  const admin = await makeStaff(t.db, clinic.id, { role: "admin" });
  const otherPhysio = await makeStaff(t.db, clinic.id);
  const record = await makePatient(t.db, physio, { withAccount: true, fullName: "Mara Quillfeather" });
  return { clinic, physio, admin, otherPhysio, patient: { ...patientActor(record), sessionId: "test" } };
}

describe("urgent alerts leave the app", () => {
  it("an emergency answer emails the physio and the admins within one runner tick, with no health information", async () => {
    const { physio, admin, otherPhysio, patient } = await clinicWithPatient();
    const answered = await submitCheckIn(
      { db: t.db, actor: patient, meta },
      { clientId: randomUUID(), answers: answering("bladder") },
    );
    expect(answered).toEqual({ ok: true, value: { tier: "emergency" } });

    // The job the runner ticks every few seconds (lib/jobs/registry.ts) sends what is due now.
    const before = smtp.received.length;
    await runJobsOnce(
      t.db,
      [{ name: "send-email", everySeconds: 10, run: (c) => sendDueEmail({ ...c, sender }) }],
      new Date(),
      quiet,
    );
    const mails = (await smtp.waitFor(before + 2)).slice(before);
    const to = mails.map((m) => JSON.stringify(m.to)).join(" ");
    expect(to).toContain(physio.email);
    expect(to).toContain(admin.email);
    expect(to).not.toContain(otherPhysio.email);
    for (const mail of mails) {
      expect(mail.subject).toBe("A patient needs urgent attention");
      expect(mail.text).toContain(URGENT_ALERT_TEXT);
      expect(mail.text).toContain(`/patients/${patient.patientId}`);
      const everything = `${mail.subject}\n${mail.text}\n${mail.html}`.toLowerCase();
      for (const secret of [
        "mara",
        "quillfeather",
        "bladder",
        "emergency",
        "red flag",
        "back pain",
        patient.patientId.slice(0, 0) || "cauda",
      ])
        expect(everything).not.toContain(secret);
    }
  });

  it("the email is stored with the report or not at all, once per report and recipient", async () => {
    const { patient } = await clinicWithPatient();
    const clientId = randomUUID();
    const ctx = { db: t.db, actor: patient, meta };
    await submitCheckIn(ctx, { clientId, answers: answering("bowel") });
    await submitCheckIn(ctx, { clientId, answers: answering("bowel") });
    const rows = await t.db.select().from(outbox).where(eq(outbox.kind, "urgent_alert"));
    const forThisClinic = rows.filter((r) => r.clinicId === patient.clinicId);
    expect(forThisClinic).toHaveLength(2);
  });

  it("urgent answers notify at most once per recipient per hour; no answer, no email; disabled staff get none", async () => {
    const { admin, patient, clinic } = await clinicWithPatient();
    await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, admin.userId));
    const ctx = { db: t.db, actor: patient, meta };
    await submitCheckIn(ctx, { clientId: randomUUID(), answers: answering() });
    expect((await t.db.select().from(outbox).where(eq(outbox.clinicId, clinic.id))).length).toBe(0);
    await submitCheckIn(ctx, { clientId: randomUUID(), answers: answering("fever") });
    await submitCheckIn(ctx, { clientId: randomUUID(), answers: answering("fever") });
    const rows = await t.db.select().from(outbox).where(eq(outbox.clinicId, clinic.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.recipient).not.toBe(admin.email);
    await t.db.update(patients).set({ status: "active" }).where(eq(patients.id, patient.patientId));
  });
});
