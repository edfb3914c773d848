import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { makeClinic, makeStaff, TEST_PASSWORD } from "@/db/testing/factories";
import type { StaffActor } from "@/db/actor";
import { auditEvents, recoveryCodes, userTotp } from "@/db/schema";
import { authenticate, LOGIN_LIMITS } from "./authenticate";
import { verifySecondFactor } from "./second-factor";
import { currentTotp } from "./totp";
import { decryptTotpSecret } from "./totp-secret";
import { beginTotpSetup, confirmTotpSetup, disableTotp, twoFactorState } from "./two-factor-setup";

process.env.AUTH_SECRET ??= "second-factor-test-secret";
const meta = { ip: "198.51.100.7", userAgent: "vitest" };
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

async function secretOf(userId: string) {
  const [row] = await t.db.select().from(userTotp).where(eq(userTotp.userId, userId));
  return decryptTotpSecret(row!.secretEncrypted);
}

/** A clinician with TOTP on; answers their secret and recovery codes. */
async function withTotp(): Promise<{
  staff: StaffActor & { email: string };
  secret: string;
  codes: string[];
}> {
  const staff = await makeStaff(t.db, (await makeClinic(t.db)).id);
  expect(await beginTotpSetup({ db: t.db, actor: staff, meta })).toBe(true);
  const secret = await secretOf(staff.userId);
  const confirmed = await confirmTotpSetup({ db: t.db, actor: staff, meta }, currentTotp(secret, new Date()));
  if (!confirmed.ok) throw new Error("setup failed");
  return { staff, secret, codes: confirmed.value.recoveryCodes };
}

async function challengeFor(email: string, now = new Date()) {
  const result = await authenticate(t.db, { email, password: TEST_PASSWORD }, meta, now);
  if (result.status !== "second_factor") throw new Error(`expected a challenge, got ${result.status}`);
  return result.challenge;
}

describe("setting up TOTP", () => {
  it("needs a right code from the app before it is on, then gives ten recovery codes stored hashed", async () => {
    const staff = await makeStaff(t.db, (await makeClinic(t.db)).id);
    expect(await twoFactorState(t.db, staff, staff.email)).toMatchObject({ status: "off" });
    await beginTotpSetup({ db: t.db, actor: staff, meta });
    const state = await twoFactorState(t.db, staff, staff.email);
    expect(state).toMatchObject({ status: "pending", uri: expect.stringMatching(/^otpauth:\/\/totp\//) });
    expect(await confirmTotpSetup({ db: t.db, actor: staff, meta }, "000000")).toMatchObject({
      ok: false,
      error: { code: "invalid" },
    });
    const secret = await secretOf(staff.userId);
    const done = await confirmTotpSetup({ db: t.db, actor: staff, meta }, currentTotp(secret, new Date()));
    expect(done.ok && done.value.recoveryCodes).toHaveLength(10);
    const stored = await t.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, staff.userId));
    expect(stored.map((r) => r.codeHash)).not.toContain(done.ok && done.value.recoveryCodes[0]);
    expect(await twoFactorState(t.db, staff, staff.email)).toMatchObject({ status: "on" });
    // The secret is not stored as is.
    const [row] = await t.db.select().from(userTotp).where(eq(userTotp.userId, staff.userId));
    expect(row!.secretEncrypted).not.toContain(secret);
  });
});

describe("signing in with TOTP", () => {
  it("asks for a code after the password, and opens a session only for the right one", async () => {
    const { staff, secret } = await withTotp();
    const now = new Date(Date.now() + 90_000); // a later time step than the one used to confirm
    const challenge = await challengeFor(staff.email, now);
    expect(await verifySecondFactor(t.db, { challenge, code: "123456" }, meta, now)).toEqual({
      status: "invalid",
    });
    const ok = await verifySecondFactor(t.db, { challenge, code: currentTotp(secret, now) }, meta, now);
    expect(ok).toMatchObject({ status: "signed_in", userId: staff.userId });
    // The challenge is spent.
    expect(await verifySecondFactor(t.db, { challenge, code: currentTotp(secret, now) }, meta, now)).toEqual({
      status: "expired",
    });
  });

  it("accepts a code once only, even with a fresh challenge", async () => {
    const { staff, secret } = await withTotp();
    const now = new Date(Date.now() + 90_000);
    const code = currentTotp(secret, now);
    const first = await challengeFor(staff.email, now);
    expect(await verifySecondFactor(t.db, { challenge: first, code }, meta, now)).toMatchObject({
      status: "signed_in",
    });
    const second = await challengeFor(staff.email, now);
    expect(await verifySecondFactor(t.db, { challenge: second, code }, meta, now)).toEqual({
      status: "invalid",
    });
  });

  it("accepts each recovery code once", async () => {
    const { staff, codes } = await withTotp();
    const code = codes[0]!.toUpperCase();
    const first = await challengeFor(staff.email);
    expect(await verifySecondFactor(t.db, { challenge: first, code }, meta)).toMatchObject({
      status: "signed_in",
    });
    const second = await challengeFor(staff.email);
    expect(await verifySecondFactor(t.db, { challenge: second, code }, meta)).toEqual({ status: "invalid" });
  });

  it("refuses an expired challenge", async () => {
    const { staff, secret } = await withTotp();
    const challenge = await challengeFor(staff.email);
    const later = new Date(Date.now() + 10 * 60_000);
    expect(
      await verifySecondFactor(t.db, { challenge, code: currentTotp(secret, later) }, meta, later),
    ).toEqual({
      status: "expired",
    });
  });

  it("makes wrong codes wait like wrong passwords, and audits them", async () => {
    const { staff, secret } = await withTotp();
    const now = new Date(Date.now() + 90_000);
    const challenge = await challengeFor(staff.email, now);
    for (let i = 0; i < LOGIN_LIMITS.freeFailures; i++)
      expect(await verifySecondFactor(t.db, { challenge, code: "000000" }, meta, now)).toEqual({
        status: "invalid",
      });
    expect(await verifySecondFactor(t.db, { challenge, code: currentTotp(secret, now) }, meta, now)).toEqual({
      status: "rate_limited",
    });
    const failures = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "auth.second_factor.failure"));
    expect(failures.filter((f) => f.actorUserId === staff.userId)).toHaveLength(LOGIN_LIMITS.freeFailures);
  });

  it("turns off only with the password, and then signs in with the password alone", async () => {
    const { staff } = await withTotp();
    expect(await disableTotp({ db: t.db, actor: staff, meta }, "not the password")).toEqual({
      ok: false,
      error: { code: "invalid", fields: { password: "That is not your password." } },
    });
    expect(await disableTotp({ db: t.db, actor: staff, meta }, TEST_PASSWORD)).toEqual({ ok: true });
    expect(await authenticate(t.db, { email: staff.email, password: TEST_PASSWORD }, meta)).toMatchObject({
      status: "signed_in",
    });
  });
});
