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
    if (result.status !== "signed_in") throw new Error(result.status);
    const row = await findSession(t.db, result.sessionId);
    expect(row).toMatchObject({ userId, role: "clinician", revokedAt: null });
    expect(sessionProblem(row!, new Date())).toBeNull();
    expect(actorFromSession(row!)).toMatchObject({ kind: "staff", userId, sessionId: result.sessionId });
  });

  it("answers the same for a wrong password and an unknown email, and records both", async () => {
    const wrong = await authenticate(t.db, { email, password: "not the password" }, meta);
    const unknown = await authenticate(t.db, { email: "nobody@test.example", password: TEST_PASSWORD }, meta);
    expect(wrong).toEqual({ status: "invalid" });
    expect(unknown).toEqual(wrong);
    const failures = await t.db.select().from(loginAttempts).where(eq(loginAttempts.success, false));
    expect(failures.map((f) => f.email)).toEqual(expect.arrayContaining([email, "nobody@test.example"]));
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "auth.sign_in.failure"));
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses a disabled account and its existing sessions", async () => {
    const staff = await makeStaff(t.db, (await makeClinic(t.db)).id);
    const open = await authenticate(t.db, { email: staff.email, password: TEST_PASSWORD }, meta);
    if (open.status !== "signed_in") throw new Error(open.status);
    await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, staff.userId));
    expect(await authenticate(t.db, { email: staff.email, password: TEST_PASSWORD }, meta)).toEqual({
      status: "invalid",
    });
    expect(sessionProblem((await findSession(t.db, open.sessionId))!, new Date())).toBe("disabled");
  });

  it("revokes one session on sign-out and all of them on demand", async () => {
    const a = await authenticate(t.db, { email, password: TEST_PASSWORD }, meta);
    const b = await authenticate(t.db, { email, password: TEST_PASSWORD }, meta);
    if (a.status !== "signed_in" || b.status !== "signed_in") throw new Error("sign-in failed");
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

  it("makes each attempt after the free failures wait twice as long, for the right password too", async () => {
    const staff = await makeStaff(t.db, (await makeClinic(t.db)).id);
    const start = new Date(Date.now() + 60_000);
    const at = (s: number) => new Date(start.getTime() + s * 1000);
    const attempt = (password: string, when: Date, ip = meta.ip) =>
      authenticate(t.db, { email: staff.email, password }, { ...meta, ip }, when);
    // Free failures, from different addresses: the wait is per account, not per address.
    for (let i = 0; i < LOGIN_LIMITS.freeFailures; i++)
      expect(await attempt("wrong", at(0), `192.0.2.${i}`)).toEqual({ status: "invalid" });
    // 5 failures: the next attempt waits 2 s after the last one.
    expect(await attempt(TEST_PASSWORD, at(1))).toEqual({ status: "rate_limited" });
    expect(await attempt("wrong", at(2))).toEqual({ status: "invalid" }); // 6 failures: wait 4 s
    expect(await attempt(TEST_PASSWORD, at(5))).toEqual({ status: "rate_limited" });
    // Refused attempts do not lengthen the wait: 4 s after the last failure the right password works.
    expect(await attempt(TEST_PASSWORD, at(6))).toMatchObject({ status: "signed_in" });
    // ...and a completed sign-in clears the streak.
    expect(await attempt("wrong", at(7))).toEqual({ status: "invalid" });
    expect(await attempt(TEST_PASSWORD, at(7.5))).toMatchObject({ status: "signed_in" });
  });

  it("applies the same wait to an email with no account, so the answer reveals nothing", async () => {
    const when = new Date(Date.now() + 120_000);
    const ghost = { email: "ghost@test.example", password: "wrong" };
    for (let i = 0; i < LOGIN_LIMITS.freeFailures; i++)
      expect(await authenticate(t.db, ghost, meta, when)).toEqual({ status: "invalid" });
    expect(await authenticate(t.db, ghost, meta, when)).toEqual({ status: "rate_limited" });
  });

  it("keeps the audit trail of refused sign-ins bounded: a flood adds a few rows, not one per attempt", async () => {
    const when = new Date(Date.now() + 240_000);
    const flood = { ...meta, ip: "203.0.113.201" };
    const ghost = { email: "flood@test.example", password: "wrong" };
    for (let i = 0; i < LOGIN_LIMITS.freeFailures; i++) await authenticate(t.db, ghost, flood, when);
    for (let i = 0; i < 50; i++)
      expect(await authenticate(t.db, ghost, flood, when)).toEqual({ status: "rate_limited" });
    const rows = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "auth.sign_in.rate_limited"), eq(auditEvents.ip, flood.ip)));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(3);
  });

  it("refuses an address that failed too often, whatever the account", async () => {
    const when = new Date(Date.now() + 180_000);
    const ip = "203.0.113.200";
    for (let i = 0; i < LOGIN_LIMITS.perIp; i++)
      await authenticate(
        t.db,
        { email: `spray-${i}@test.example`, password: "wrong" },
        { ...meta, ip },
        when,
      );
    expect(await authenticate(t.db, { email, password: TEST_PASSWORD }, { ...meta, ip }, when)).toEqual({
      status: "rate_limited",
    });
    const later = new Date(when.getTime() + LOGIN_LIMITS.ipWindowMs + 1000);
    expect(
      await authenticate(t.db, { email, password: TEST_PASSWORD }, { ...meta, ip }, later),
    ).toMatchObject({
      status: "signed_in",
    });
  });
});
