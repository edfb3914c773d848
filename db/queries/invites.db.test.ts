import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { makeClinic, makePatient, makeStaff } from "../testing/factories";
import { invites, patients, users } from "../schema";
import { acceptInvite, hashInviteToken, issueInvite, lookUpInvite, reissueInvite } from "./invites";
import type { StaffActor } from "../actor";

const meta = { ip: null, userAgent: null };
let t: TestDatabase;
let clinician: StaffActor;
let outsider: StaffActor;

beforeAll(async () => {
  t = await createTestDatabase();
  clinician = await makeStaff(t.db, (await makeClinic(t.db)).id);
  outsider = await makeStaff(t.db, (await makeClinic(t.db)).id);
});
afterAll(() => t.destroy());

async function invitedPatient() {
  const patient = await makePatient(t.db, clinician);
  const { token } = await issueInvite(t.db, clinician, patient.id, meta);
  return { patient, token };
}

const userCount = async () => (await t.db.select({ n: count() }).from(users))[0]!.n;

describe("acceptInvite", () => {
  it("creates the patient's account once and marks the invite used", async () => {
    const { patient, token } = await invitedPatient();
    const result = await acceptInvite(t.db, token, "hash", meta);
    expect(result).toMatchObject({ ok: true, email: patient.email });
    const [row] = await t.db.select().from(patients).where(eq(patients.id, patient.id));
    expect(row).toMatchObject({ status: "active", userId: result.ok ? result.userId : "" });

    const before = await userCount();
    expect(await acceptInvite(t.db, token, "hash", meta)).toEqual({ ok: false, problem: "used" });
    expect(await userCount()).toBe(before);
    expect(await lookUpInvite(t.db, token)).toEqual({ ok: false, problem: "used" });
  });

  it("refuses an expired invite and changes nothing", async () => {
    const { patient, token } = await invitedPatient();
    await t.db
      .update(invites)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invites.patientId, patient.id));
    const before = await userCount();
    expect(await acceptInvite(t.db, token, "hash", meta)).toEqual({ ok: false, problem: "expired" });
    expect(await userCount()).toBe(before);
    const [invite] = await t.db.select().from(invites).where(eq(invites.patientId, patient.id));
    expect(invite!.usedAt).toBeNull();
  });

  it("refuses a forged token", async () => {
    expect(await acceptInvite(t.db, "x".repeat(43), "hash", meta)).toEqual({
      ok: false,
      problem: "not_found",
    });
  });

  it("lets exactly one of several simultaneous acceptances through", async () => {
    const { token } = await invitedPatient();
    const before = await userCount();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => acceptInvite(t.db, token, "hash", meta)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await userCount()).toBe(before + 1);
  });

  it("undoes the claim when the email was taken by another account meanwhile", async () => {
    const { patient, token } = await invitedPatient();
    await makeStaff(t.db, clinician.clinicId, { email: patient.email });
    expect(await acceptInvite(t.db, token, "hash", meta)).toEqual({ ok: false, problem: "used" });
    const [invite] = await t.db
      .select()
      .from(invites)
      .where(eq(invites.tokenHash, hashInviteToken(token)));
    expect(invite!.usedAt).toBeNull();
  });
});

describe("reissueInvite", () => {
  it("replaces the earlier link", async () => {
    const { patient, token } = await invitedPatient();
    const again = await reissueInvite(t.db, clinician, patient.id, meta);
    if (!again.ok) throw new Error(again.reason);
    expect(await lookUpInvite(t.db, token)).toEqual({ ok: false, problem: "replaced" });
    expect(await lookUpInvite(t.db, again.token)).toMatchObject({ ok: true });
  });

  it("answers not_found for another clinic's patient and issues nothing", async () => {
    const { patient } = await invitedPatient();
    const before = await t.db.select().from(invites).where(eq(invites.patientId, patient.id));
    expect(await reissueInvite(t.db, outsider, patient.id, meta)).toEqual({ ok: false, reason: "not_found" });
    expect(await t.db.select().from(invites).where(eq(invites.patientId, patient.id))).toEqual(before);
  });

  it("refuses a patient who already has an account", async () => {
    const patient = await makePatient(t.db, clinician, { withAccount: true });
    expect(await reissueInvite(t.db, clinician, patient.id, meta)).toEqual({
      ok: false,
      reason: "has_account",
    });
  });
});
