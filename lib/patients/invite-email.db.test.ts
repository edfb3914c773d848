import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookUpInvite } from "@/db/queries/invites";
import { makeClinic, makeStaff } from "@/db/testing/factories";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { smtpSender, type MailSender } from "@/lib/outbox/mail-sender";
import { sendDueEmail } from "@/lib/outbox/send-due-email";
import { startSmtpTestServer, type SmtpTestServer } from "@/lib/outbox/testing/smtp-test-server";
import { addPatient } from "./add-patient";
import { reissueInvite } from "./reissue-invite";
import { revokeInvite } from "./revoke-invite";

const meta = { ip: "203.0.113.90", userAgent: "vitest" };
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

async function nextInviteToken(to: string) {
  const before = smtp.received.length;
  await sendDueEmail({ db: t.db, sender, log: () => {} });
  const mail = (await smtp.waitFor(before + 1)).at(-1)!;
  expect(JSON.stringify(mail.to)).toContain(to);
  expect(mail.subject).toBe("Your invite to Gradus");
  const token = /\/invite\/([A-Za-z0-9_-]{43})/.exec(mail.text ?? "")![1]!;
  expect(mail.html).toContain(`/invite/${token}`);
  return { token, mail };
}

describe("invites by email", () => {
  it("adding a patient emails the invite link shown to copy; resend replaces it; revoke stops it", async () => {
    const clinician = await makeStaff(t.db, (await makeClinic(t.db)).id);
    const ctx = { db: t.db, actor: clinician, meta };
    const email = "ines.invite@mail.example";
    const added = await addPatient(ctx, {
      fullName: "Ines Invitewell",
      email,
      timeZone: "Europe/London",
      condition: "Chronic low back pain",
      primaryClinicianId: clinician.userId,
    });
    if (!added.ok) throw new Error("not added");
    const first = await nextInviteToken(email);
    expect(first.token).toBe(added.value.inviteToken);
    // No health information and no names: not the patient's, not the condition.
    expect(`${first.mail.text}${first.mail.html}`).not.toMatch(/Ines|Invitewell|back pain/i);
    expect(await lookUpInvite(t.db, first.token)).toMatchObject({ ok: true });

    const again = await reissueInvite(ctx, added.value.patientId);
    if (!again.ok) throw new Error("not reissued");
    const second = await nextInviteToken(email);
    expect(second.token).toBe(again.value.token);
    expect(await lookUpInvite(t.db, first.token)).toEqual({ ok: false, problem: "replaced" });

    expect(await revokeInvite(ctx, added.value.patientId)).toEqual({ ok: true, value: { revoked: 1 } });
    expect(await lookUpInvite(t.db, second.token)).toEqual({ ok: false, problem: "replaced" });
  });
});
