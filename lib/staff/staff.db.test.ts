import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { StaffActor } from "@/db/actor";
import { findSession } from "@/db/queries/sessions";
import { auditEvents, outbox, recoveryCodes, sessions, userTotp, users } from "@/db/schema";
import { makeClinic, makeStaff } from "@/db/testing/factories";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { sessionProblem } from "@/lib/auth/session-policy";
import { acceptStaffInvite } from "./accept-staff-invite";
import { changeStaffRole, resetStaffTwoFactor, setStaffAccess, withdrawStaffInvite } from "./change-staff";
import { inviteStaff } from "./invite-staff";
import { lookUpStaffInvite, listOpenStaffInvites } from "@/db/queries/staff";

const meta = { ip: "203.0.113.5", userAgent: "vitest" };
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

const ctx = (actor: StaffActor) => ({ db: t.db, actor, meta });

async function clinicWithAdmin() {
  const clinic = await makeClinic(t.db);
  const admin = await makeStaff(t.db, clinic.id, { role: "admin", name: "Ada Admin" });
  return { clinic, admin };
}

async function actions(userId: string) {
  const rows = await t.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, userId));
  return rows.map((r) => r.action);
}

describe("staff invitations", () => {
  it("an admin invites a clinician who accepts: the account joins the admin's clinic with the role", async () => {
    const { clinic, admin } = await clinicWithAdmin();
    const email = `new-${crypto.randomUUID()}@clinic.example`;
    const invited = await inviteStaff(ctx(admin), { name: "Nia New", email, role: "clinician" });
    if (!invited.ok) throw new Error(JSON.stringify(invited.error));
    expect(await listOpenStaffInvites(t.db, admin)).toEqual([
      expect.objectContaining({ email, role: "clinician" }),
    ]);
    expect(await lookUpStaffInvite(t.db, invited.value.token)).toMatchObject({
      ok: true,
      clinicId: clinic.id,
    });
    // The invite is emailed through the outbox with the staff link, and nothing about the clinic or role.
    const [email_] = await t.db.select().from(outbox).where(eq(outbox.recipient, email));
    expect(email_).toMatchObject({ kind: "invite", clinicId: clinic.id });
    expect(email_!.textBody).toContain(`/join/${invited.value.token}`);
    expect(email_!.textBody).not.toMatch(/clinician|Ada Admin/);
    const accepted = await Promise.all([
      acceptStaffInvite(t.db, invited.value.token, "hash", meta),
      acceptStaffInvite(t.db, invited.value.token, "hash", meta),
    ]);
    expect(accepted.filter((a) => a.ok)).toHaveLength(1);
    const [user] = await t.db.select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ clinicId: clinic.id, role: "clinician", name: "Nia New" });
    expect(await lookUpStaffInvite(t.db, invited.value.token)).toEqual({ ok: false, problem: "used" });
    expect(await actions(admin.userId)).toContain("staff.invite");
  });

  it("refuses an email already in use, and clinicians cannot invite", async () => {
    const { clinic, admin } = await clinicWithAdmin();
    const clinician = await makeStaff(t.db, clinic.id);
    expect(await inviteStaff(ctx(admin), { name: "X", email: clinician.email, role: "admin" })).toMatchObject(
      {
        error: { code: "invalid", fields: { email: expect.any(String) } },
      },
    );
    expect(
      await inviteStaff(ctx(clinician), { name: "X", email: "x@clinic.example", role: "admin" }),
    ).toMatchObject({ error: { code: "forbidden" } });
  });

  it("does not tell an admin that an address has an account in another clinic; accepting answers 'taken'", async () => {
    const { admin } = await clinicWithAdmin();
    const { clinic: elsewhere } = await clinicWithAdmin();
    const other = await makeStaff(t.db, elsewhere.id);
    const invited = await inviteStaff(ctx(admin), { name: "Oli", email: other.email, role: "clinician" });
    if (!invited.ok) throw new Error("refused an address of another clinic");
    expect(await acceptStaffInvite(t.db, invited.value.token, "hash", meta)).toEqual({
      ok: false,
      problem: "taken",
    });
    // Nothing changed: the account stays in its clinic and the link is still unused.
    const [user] = await t.db.select().from(users).where(eq(users.email, other.email));
    expect(user!.clinicId).toBe(elsewhere.id);
    expect((await lookUpStaffInvite(t.db, invited.value.token)).ok).toBe(true);
  });

  it("a withdrawn invitation no longer works, and another clinic cannot withdraw it", async () => {
    const { admin } = await clinicWithAdmin();
    const { admin: otherAdmin } = await clinicWithAdmin();
    const invited = await inviteStaff(ctx(admin), {
      name: "Wen",
      email: `w-${crypto.randomUUID()}@clinic.example`,
      role: "clinician",
    });
    if (!invited.ok) throw new Error("not invited");
    const [open] = await listOpenStaffInvites(t.db, admin);
    expect(await withdrawStaffInvite(ctx(otherAdmin), { inviteId: open!.id })).toMatchObject({
      error: { code: "conflict" },
    });
    expect((await withdrawStaffInvite(ctx(admin), { inviteId: open!.id })).ok).toBe(true);
    expect(await acceptStaffInvite(t.db, invited.value.token, "hash", meta)).toEqual({
      ok: false,
      problem: "used",
    });
  });
});

describe("roles and access", () => {
  it("changes a role, audited with before and after; only within the admin's clinic", async () => {
    const { clinic, admin } = await clinicWithAdmin();
    const { admin: otherAdmin } = await clinicWithAdmin();
    const tom = await makeStaff(t.db, clinic.id, { name: "Tom" });
    expect(await changeStaffRole(ctx(otherAdmin), { userId: tom.userId, role: "admin" })).toMatchObject({
      error: { code: "not_found" },
    });
    expect(await changeStaffRole(ctx(admin), { userId: tom.userId, role: "admin" })).toEqual({
      ok: true,
      value: { changed: true },
    });
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, admin.userId), eq(auditEvents.action, "staff.role")));
    expect(event).toMatchObject({
      clinicId: clinic.id,
      details: { userId: tom.userId, before: "clinician", after: "admin" },
    });
  });

  it("nobody can demote or disable the last admin, even two admins demoting each other at once", async () => {
    const { clinic, admin } = await clinicWithAdmin();
    expect(await changeStaffRole(ctx(admin), { userId: admin.userId, role: "clinician" })).toMatchObject({
      error: { code: "conflict" },
    });
    expect(await setStaffAccess(ctx(admin), { userId: admin.userId, access: "disable" })).toMatchObject({
      error: { code: "conflict" },
    });
    const second = await makeStaff(t.db, clinic.id, { role: "admin" });
    const results = await Promise.all([
      changeStaffRole(ctx(admin), { userId: second.userId, role: "clinician" }),
      changeStaffRole(ctx(second), { userId: admin.userId, role: "clinician" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const admins = await t.db
      .select()
      .from(users)
      .where(and(eq(users.clinicId, clinic.id), eq(users.role, "admin")));
    expect(admins).toHaveLength(1);
  });

  it("disabling ends the account's sessions at once; enabling lets it sign in again", async () => {
    const { clinic, admin } = await clinicWithAdmin();
    const tom = await makeStaff(t.db, clinic.id, { name: "Tom" });
    const [session] = await t.db
      .insert(sessions)
      .values({ userId: tom.userId, expiresAt: new Date(Date.now() + 3_600_000) })
      .returning();
    expect((await setStaffAccess(ctx(admin), { userId: tom.userId, access: "disable" })).ok).toBe(true);
    const found = (await findSession(t.db, session!.id))!;
    expect(sessionProblem(found, new Date())).toBe("revoked");
    expect(found.disabledAt).not.toBeNull();
    expect((await setStaffAccess(ctx(admin), { userId: tom.userId, access: "enable" })).ok).toBe(true);
    const [row] = await t.db.select().from(users).where(eq(users.id, tom.userId));
    expect(row!.disabledAt).toBeNull();
    expect(await actions(admin.userId)).toEqual(expect.arrayContaining(["staff.disable", "staff.enable"]));
  });

  it("resets a staff member's two-step sign-in", async () => {
    const { clinic, admin } = await clinicWithAdmin();
    const tom = await makeStaff(t.db, clinic.id);
    expect(await resetStaffTwoFactor(ctx(admin), { userId: tom.userId })).toMatchObject({
      error: { code: "conflict" },
    });
    // A setup begun and never confirmed is not two-step sign-in: nothing to reset, sessions untouched.
    await t.db.insert(userTotp).values({ userId: tom.userId, secretEncrypted: "x" });
    expect(await resetStaffTwoFactor(ctx(admin), { userId: tom.userId })).toMatchObject({
      error: { code: "conflict" },
    });
    await t.db.update(userTotp).set({ confirmedAt: new Date() }).where(eq(userTotp.userId, tom.userId));
    await t.db.insert(recoveryCodes).values({ userId: tom.userId, codeHash: crypto.randomUUID() });
    expect((await resetStaffTwoFactor(ctx(admin), { userId: tom.userId })).ok).toBe(true);
    expect(await t.db.select().from(userTotp).where(eq(userTotp.userId, tom.userId))).toEqual([]);
    expect(await t.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, tom.userId))).toEqual([]);
    expect(await actions(admin.userId)).toContain("staff.two_factor.reset");
  });
});
