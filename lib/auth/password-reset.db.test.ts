import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findSession } from "@/db/queries/sessions";
import { auditEvents, outbox, passwordResets, users, userTotp } from "@/db/schema";
import { makeClinic, makePatient, makeStaff, TEST_PASSWORD } from "@/db/testing/factories";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { smtpSender, type MailSender } from "@/lib/outbox/mail-sender";
import { sendDueEmail } from "@/lib/outbox/send-due-email";
import { startSmtpTestServer, type SmtpTestServer } from "@/lib/outbox/testing/smtp-test-server";
import { authenticate } from "./authenticate";
import { requestPasswordReset, RESET_LIMITS } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { sessionProblem } from "./session-policy";
import { currentTotp } from "./totp";
import { decryptTotpSecret } from "./totp-secret";
import { beginTotpSetup, confirmTotpSetup } from "./two-factor-setup";

process.env.AUTH_SECRET ??= "password-reset-test-secret";

const NEW_PASSWORD = "lantern pebble harbour violet";
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

let ipCounter = 0;
const freshMeta = () => ({ ip: `198.51.100.${++ipCounter}`, userAgent: "vitest" });

async function signIn(email: string, password = TEST_PASSWORD) {
  const r = await authenticate(t.db, { email, password }, freshMeta());
  if (r.status !== "signed_in") throw new Error(r.status);
  return r.sessionId;
}

/** Sends the outbox to the test SMTP server and answers the token in the newest email's link. */
async function tokenFromEmail(to: string): Promise<string> {
  const before = smtp.received.length;
  await sendDueEmail({ db: t.db, sender, log: quiet });
  const mails = await smtp.waitFor(before + 1);
  const mail = mails.filter((m) => m.to && JSON.stringify(m.to).includes(to)).at(-1)!;
  expect(mail.subject).toBe("Reset your Gradus password");
  const match = /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(mail.text ?? "");
  expect(match).not.toBeNull();
  expect(mail.html).toContain(`/reset-password/${match![1]}`);
  return match![1]!;
}

describe("forgot password", () => {
  it("end to end: the email arrives, the link sets a password once, and the old sessions are refused", async () => {
    const clinician = await makeStaff(t.db, (await makeClinic(t.db)).id);
    const patient = await makePatient(t.db, clinician, { withAccount: true });
    const [user] = await t.db.select().from(users).where(eq(users.id, patient.userId!));
    const oldSession = await signIn(user!.email);

    expect(await requestPasswordReset(t.db, { email: user!.email }, freshMeta())).toEqual({
      status: "accepted",
    });
    const token = await tokenFromEmail(user!.email);
    // Only the hash is stored.
    const stored = await t.db.select().from(passwordResets).where(eq(passwordResets.userId, user!.id));
    expect(stored.map((r) => r.tokenHash)).not.toContain(token);

    expect(await resetPassword(t.db, { token, password: NEW_PASSWORD }, freshMeta())).toEqual({
      status: "changed",
      endedSessions: 1,
    });
    expect(sessionProblem((await findSession(t.db, oldSession))!, new Date())).toBe("revoked");
    expect(await authenticate(t.db, { email: user!.email, password: TEST_PASSWORD }, freshMeta())).toEqual({
      status: "invalid",
    });
    await signIn(user!.email, NEW_PASSWORD);
    // Single use.
    expect(await resetPassword(t.db, { token, password: "another fine long phrase" }, freshMeta())).toEqual({
      status: "link_problem",
      problem: "used",
    });
    const actions = (
      await t.db
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(eq(auditEvents.actorUserId, user!.id))
    ).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["auth.password_reset.request", "auth.password_reset.complete"]),
    );
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    const before = await t.db.select().from(outbox);
    expect(await requestPasswordReset(t.db, { email: "nobody@test.example" }, freshMeta())).toEqual({
      status: "accepted",
    });
    expect(await t.db.select().from(outbox)).toHaveLength(before.length);
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "auth.password_reset.request_unknown"));
    expect(event?.details).toEqual({ email: "nobody@test.example" });
  });

  it("refuses an expired link, a replaced link and a weak password", async () => {
    const staff = await makeStaff(t.db, (await makeClinic(t.db)).id);
    const at = new Date();
    await requestPasswordReset(t.db, { email: staff.email }, freshMeta(), at);
    const first = await tokenFromEmail(staff.email);
    await requestPasswordReset(t.db, { email: staff.email }, freshMeta(), at);
    const second = await tokenFromEmail(staff.email);
    expect(await resetPassword(t.db, { token: first, password: NEW_PASSWORD }, freshMeta())).toMatchObject({
      problem: "replaced",
    });
    expect(await resetPassword(t.db, { token: second, password: "password12" }, freshMeta())).toMatchObject({
      status: "weak",
    });
    const later = new Date(at.getTime() + 61 * 60_000);
    expect(
      await resetPassword(t.db, { token: second, password: NEW_PASSWORD }, freshMeta(), later),
    ).toMatchObject({ problem: "expired" });
  });

  it("limits links per address and per network address", async () => {
    const staff = await makeStaff(t.db, (await makeClinic(t.db)).id);
    for (let i = 0; i < RESET_LIMITS.perEmail + 2; i++)
      await requestPasswordReset(t.db, { email: staff.email }, freshMeta());
    const issued = await t.db.select().from(passwordResets).where(eq(passwordResets.userId, staff.userId));
    expect(issued).toHaveLength(RESET_LIMITS.perEmail);

    const meta = freshMeta();
    const others = await Promise.all(
      Array.from({ length: RESET_LIMITS.perIp + 2 }, async () => makeStaff(t.db, staff.clinicId)),
    );
    for (const other of others) await requestPasswordReset(t.db, { email: other.email }, meta);
    const fromOneAddress = await t.db
      .select()
      .from(passwordResets)
      .where(
        inArray(
          passwordResets.userId,
          others.map((o) => o.userId),
        ),
      );
    expect(fromOneAddress).toHaveLength(RESET_LIMITS.perIp);
    const limited = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "auth.password_reset.rate_limited"), eq(auditEvents.ip, meta.ip)));
    expect(limited.length).toBeGreaterThan(0);
  });

  it("staff with two-step sign-in still give their second factor after a reset", async () => {
    const staff = await makeStaff(t.db, (await makeClinic(t.db)).id);
    await beginTotpSetup({ db: t.db, actor: staff, meta: freshMeta() });
    const [row] = await t.db.select().from(userTotp).where(eq(userTotp.userId, staff.userId));
    const code = currentTotp(decryptTotpSecret(row!.secretEncrypted), new Date());
    expect((await confirmTotpSetup({ db: t.db, actor: staff, meta: freshMeta() }, code)).ok).toBe(true);
    await requestPasswordReset(t.db, { email: staff.email }, freshMeta());
    const token = await tokenFromEmail(staff.email);
    expect(await resetPassword(t.db, { token, password: NEW_PASSWORD }, freshMeta())).toMatchObject({
      status: "changed",
    });
    expect(
      await authenticate(t.db, { email: staff.email, password: NEW_PASSWORD }, freshMeta()),
    ).toMatchObject({ status: "second_factor" });
  });
});
