import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/db/actor";
import { lookUpEmailChange, pendingEmailChange } from "@/db/queries/email-changes";
import {
  auditEvents,
  invites,
  outbox,
  passwordResets,
  patientEmailChanges,
  patients,
  users,
} from "@/db/schema";
import { makeClinicianAndOutsider, makePatient, TEST_PASSWORD } from "@/db/testing/factories";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { authenticate } from "@/lib/auth/authenticate";
import { confirmEmailChange } from "@/lib/auth/confirm-email-change";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { editPatient } from "./edit-patient";
import { cancelEmailChange, resendEmailChange } from "./email-change";

process.env.AUTH_SECRET ??= "email-change-test-secret";

let t: TestDatabase;
let anna: StaffActor;
let outsider: StaffActor;
let ip = 0;
const meta = () => ({ ip: `203.0.113.${++ip}`, userAgent: "vitest" });

beforeAll(async () => {
  t = await createTestDatabase();
  ({ clinician: anna, outsider } = await makeClinicianAndOutsider(t.db));
});
afterAll(() => t.destroy());

const ctx = (actor: StaffActor) => ({ db: t.db, actor, meta: meta() });

async function record(patientId: string) {
  const [row] = await t.db.select().from(patients).where(eq(patients.id, patientId));
  return row!;
}

async function signInEmail(userId: string) {
  const [row] = await t.db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row!.email;
}

function input(
  row: Awaited<ReturnType<typeof record>>,
  changes: Partial<Awaited<ReturnType<typeof record>>>,
) {
  return {
    patientId: row.id,
    fullName: row.fullName,
    email: row.email,
    phone: row.phone,
    dateOfBirth: row.dateOfBirth,
    recordNumber: row.recordNumber,
    timeZone: row.timeZone,
    condition: row.condition,
    primaryClinicianId: row.primaryClinicianId,
    version: row.version,
    ...changes,
  };
}

/** The newest email to `to`, and the token in its confirmation link. */
async function mailTo(to: string) {
  const [mail] = await t.db
    .select()
    .from(outbox)
    .where(eq(outbox.recipient, to))
    .orderBy(desc(outbox.createdAt))
    .limit(1);
  return mail ?? null;
}
const tokenIn = (text: string) => /\/confirm-email\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? null;

async function events(patientId: string, action: string) {
  return t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.patientId, patientId), eq(auditEvents.action, action)));
}

describe("changing a patient's email", () => {
  it("with an account: waits for the new address, which confirms it once by POST, audited before and after", async () => {
    const patient = await makePatient(t.db, anna, { withAccount: true, condition: "Chronic LBP" });
    const old = patient.email;
    const to = `new-${patient.id.slice(0, 8)}@mail.example`;
    const result = await editPatient(
      ctx(anna),
      input(await record(patient.id), { email: to, condition: "LBP" }),
    );
    expect(result).toEqual({
      ok: true,
      value: { changed: ["condition"], pendingEmail: to, inviteResent: false },
    });
    // Nothing changes at sign-in yet; the other field is saved.
    expect(await record(patient.id)).toMatchObject({ email: old, condition: "LBP", version: 2 });
    expect(await signInEmail(patient.userId!)).toBe(old);
    expect(await pendingEmailChange(t.db, anna, patient.id)).toMatchObject({ newEmail: to });
    // Other clinics see nothing of it.
    expect(await pendingEmailChange(t.db, outsider, patient.id)).toBeNull();

    // The email goes to the new address only, says nothing about health, and carries the link.
    const mail = (await mailTo(to))!;
    expect(mail).toMatchObject({ kind: "email_change", subject: "Confirm your new email for Gradus" });
    expect(await mailTo(old)).toBeNull();
    expect(mail.textBody).not.toMatch(/LBP|Test Patient|pain/i);
    const token = tokenIn(mail.textBody)!;
    expect(token).not.toBeNull();
    // Only the hash is stored.
    const [stored] = await t.db
      .select()
      .from(patientEmailChanges)
      .where(eq(patientEmailChanges.patientId, patient.id));
    expect(stored!.tokenHash).not.toContain(token);
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(24 * 3_600_000);

    // Opening the link (a GET: what a mail scanner does) only reads it.
    expect(await lookUpEmailChange(t.db, token)).toEqual({ ok: true, newEmail: to });
    expect(await lookUpEmailChange(t.db, token)).toEqual({ ok: true, newEmail: to });
    expect(await signInEmail(patient.userId!)).toBe(old);

    // A reset link sent to the old address before the change stops working after it.
    await requestPasswordReset(t.db, { email: old }, meta());

    const [first, second] = await Promise.all([
      confirmEmailChange(t.db, { token }, meta()),
      confirmEmailChange(t.db, { token }, meta()),
    ]);
    expect([first.status, second.status].sort()).toEqual(["changed", "link_problem"]);
    expect(await signInEmail(patient.userId!)).toBe(to);
    expect(await record(patient.id)).toMatchObject({ email: to, version: 3 });
    expect(await lookUpEmailChange(t.db, token)).toEqual({ ok: false, problem: "used" });
    expect(await pendingEmailChange(t.db, anna, patient.id)).toBeNull();
    const resets = await t.db.select().from(passwordResets).where(eq(passwordResets.userId, patient.userId!));
    expect(resets.every((r) => r.revokedAt !== null)).toBe(true);

    const [confirmEvent] = await events(patient.id, "patient.email_change.confirm");
    expect(confirmEvent).toMatchObject({ actorUserId: patient.userId, clinicId: anna.clinicId });
    expect(confirmEvent!.details).toEqual({ before: { email: old }, after: { email: to } });
    const [requestEvent] = await events(patient.id, "patient.email_change.request");
    expect(requestEvent).toMatchObject({ actorUserId: anna.userId, details: { from: old, to } });

    // Sign-in works with the new address and not the old one.
    expect((await authenticate(t.db, { email: to, password: TEST_PASSWORD }, meta())).status).toBe(
      "signed_in",
    );
    expect((await authenticate(t.db, { email: old, password: TEST_PASSWORD }, meta())).status).not.toBe(
      "signed_in",
    );
  });

  it("resend replaces the link, cancel ends it; expired links are refused; other clinics get not found", async () => {
    const patient = await makePatient(t.db, anna, { withAccount: true });
    const to = `resend-${patient.id.slice(0, 8)}@mail.example`;
    await editPatient(ctx(anna), input(await record(patient.id), { email: to }));
    const firstToken = tokenIn((await mailTo(to))!.textBody)!;

    expect(await resendEmailChange(ctx(outsider), patient.id)).toMatchObject({
      error: { code: "not_found" },
    });
    expect(await cancelEmailChange(ctx(outsider), patient.id)).toMatchObject({
      error: { code: "not_found" },
    });

    expect(await resendEmailChange(ctx(anna), patient.id)).toEqual({ ok: true, value: { to } });
    const secondToken = tokenIn((await mailTo(to))!.textBody)!;
    expect(secondToken).not.toBe(firstToken);
    expect(await lookUpEmailChange(t.db, firstToken)).toEqual({ ok: false, problem: "replaced" });
    expect(await confirmEmailChange(t.db, { token: firstToken }, meta())).toMatchObject({
      status: "link_problem",
    });

    // A day later the link has expired.
    const later = new Date(Date.now() + 24 * 3_600_000 + 1000);
    expect(await lookUpEmailChange(t.db, secondToken, later)).toEqual({ ok: false, problem: "expired" });
    expect(await confirmEmailChange(t.db, { token: secondToken }, meta(), later)).toMatchObject({
      status: "link_problem",
    });

    expect(await cancelEmailChange(ctx(anna), patient.id)).toEqual({ ok: true, value: { cancelled: 1 } });
    expect(await pendingEmailChange(t.db, anna, patient.id)).toBeNull();
    expect(await confirmEmailChange(t.db, { token: secondToken }, meta())).toMatchObject({
      status: "link_problem",
    });
    expect(await signInEmail(patient.userId!)).toBe(patient.email);
    expect(await cancelEmailChange(ctx(anna), patient.id)).toMatchObject({ error: { code: "conflict" } });
    expect(await events(patient.id, "patient.email_change.cancel")).toHaveLength(1);
    expect(await events(patient.id, "patient.email_change.resend")).toHaveLength(1);
  });

  it("refuses an address another account signs in with, at request and at confirmation", async () => {
    const taken = await makePatient(t.db, outsider, { withAccount: true });
    const patient = await makePatient(t.db, anna, { withAccount: true });
    expect(
      await editPatient(ctx(anna), input(await record(patient.id), { email: taken.email })),
    ).toMatchObject({
      error: { code: "invalid", fields: { email: expect.any(String) } },
    });
    // Free when asked, taken by someone else before the link is used: refused, nothing changes.
    const to = `race-${patient.id.slice(0, 8)}@mail.example`;
    await editPatient(ctx(anna), input(await record(patient.id), { email: to }));
    const token = tokenIn((await mailTo(to))!.textBody)!;
    await makePatient(t.db, outsider, { withAccount: true, email: to });
    expect(await confirmEmailChange(t.db, { token }, meta())).toEqual({ status: "taken" });
    expect(await signInEmail(patient.userId!)).toBe(patient.email);
  });

  it("without an account yet: changes the address at once and sends a new invite to it", async () => {
    const patient = await makePatient(t.db, anna);
    await editPatient(ctx(anna), input(await record(patient.id), {}));
    const to = `invited-${patient.id.slice(0, 8)}@mail.example`;
    const result = await editPatient(ctx(anna), input(await record(patient.id), { email: to }));
    expect(result).toEqual({
      ok: true,
      value: { changed: ["email"], pendingEmail: null, inviteResent: true },
    });
    expect((await record(patient.id)).email).toBe(to);
    expect(await mailTo(to)).toMatchObject({ kind: "invite" });
    const open = await t.db.select().from(invites).where(eq(invites.patientId, patient.id));
    expect(open.filter((i) => !i.revokedAt && !i.usedAt)).toHaveLength(1);
    expect(await pendingEmailChange(t.db, anna, patient.id)).toBeNull();
  });
});
