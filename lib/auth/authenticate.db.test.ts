import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { makeClinic, makeStaff, TEST_PASSWORD } from "@/db/testing/factories";
import { auditEvents, loginAttempts, sessions, users } from "@/db/schema";
import { findSession, revokeSession, revokeUserSessions } from "@/db/queries/sessions";
import { authenticate, LOGIN_LIMITS } from "./authenticate";
import { actorFromSession } from "./actor-from-session";
import { sessionProblem } from "./session-policy";

const meta = { ip: "198.51.100.7", userAgent: "vitest" };
let t: TestDatabase;
let email: string;
let userId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const staff = await makeStaff(t.db, (await makeClinic(t.db)).id);
  email = staff.email;
  userId = staff.userId;
});
afterAll(() => t.destroy());

describe("authenticate", () => {
  it("opens a session for the right password, whatever the email's case", async () => {
    const result = await authenticate(t.db, { email: email.toUpperCase(), password: TEST_PASSWORD }, meta);
    if (!result.ok) throw new Error(result.reason);
    const row = await findSession(t.db, result.sessionId);
    expect(row).toMatchObject({ userId, role: "clinician", revokedAt: null });
    expect(sessionProblem(row!, new Date())).toBeNull();
    expect(actorFromSession(row!)).toMatchObject({ kind: "staff", userId, sessionId: result.sessionId });
  });

  it("answers the same for a wrong password and an unknown email, and records both", async () => {
    const wrong = await authenticate(t.db, { email, password: "not the password" }, meta);
    const unknown = await authenticate(t.db, { email: "nobody@test.example", password: TEST_PASSWORD }, meta);
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
    const failures = await t.db.select().from(loginAttempts).where(eq(loginAttempts.success, false));
    expect(failures.map((f) => f.email)).toEqual(expect.arrayContaining([email, "nobody@test.example"]));
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "auth.sign_in.failure"));
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses a disabled account and its existing sessions", async () => {
    const staff = await makeStaff(t.db, (await makeClinic(t.db)).id);
    const open = await authenticate(t.db, { email: staff.email, password: TEST_PASSWORD }, meta);
    if (!open.ok) throw new Error(open.reason);
    await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, staff.userId));
    expect(await authenticate(t.db, { email: staff.email, password: TEST_PASSWORD }, meta)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(sessionProblem((await findSession(t.db, open.sessionId))!, new Date())).toBe("disabled");
  });

  it("revokes one session on sign-out and all of them on demand", async () => {
    const a = await authenticate(t.db, { email, password: TEST_PASSWORD }, meta);
    const b = await authenticate(t.db, { email, password: TEST_PASSWORD }, meta);
    if (!a.ok || !b.ok) throw new Error("sign-in failed");
    await revokeSession(t.db, a.sessionId);
    expect(sessionProblem((await findSession(t.db, a.sessionId))!, new Date())).toBe("revoked");
    expect(sessionProblem((await findSession(t.db, b.sessionId))!, new Date())).toBeNull();
    await revokeUserSessions(t.db, userId);
    const open = await t.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.userId, userId)));
    expect(open.every((s) => s.revokedAt !== null)).toBe(true);
  });

  it("refuses even the right password after too many failures for that email", async () => {
    const staff = await makeStaff(t.db, (await makeClinic(t.db)).id);
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) {
      expect(
        await authenticate(t.db, { email: staff.email, password: "wrong" }, { ...meta, ip: `192.0.2.${i}` }),
      ).toMatchObject({
        reason: "invalid",
      });
    }
    expect(await authenticate(t.db, { email: staff.email, password: TEST_PASSWORD }, meta)).toEqual({
      ok: false,
      reason: "rate_limited",
    });
    // The window is measured from `now`: once it has passed, the right password works again.
    const later = new Date(Date.now() + LOGIN_LIMITS.windowMs + 1000);
    expect(
      await authenticate(t.db, { email: staff.email, password: TEST_PASSWORD }, meta, later),
    ).toMatchObject({ ok: true });
  });
});
