import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { makeClinic, makePatient, makeStaff } from "@/db/testing/factories";
import { invites, patients, users } from "@/db/schema";
import { hashInviteToken, lookUpInvite } from "@/db/queries/invites";
import type { StaffActor } from "@/db/actor";
import { acceptInvite as acceptChange } from "@/lib/auth/accept-invite";
import { newInvite } from "./new-invite";
import { reissueInvite as reissueChange } from "./reissue-invite";

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
  const { token } = await newInvite(t.db, { actor: clinician, meta }, patient.id);
  return { patient, token };
}

const acceptInvite = (token: string, passwordHash: string) =>
  acceptChange({ db: t.db, meta }, { token, passwordHash });
const reissueInvite = (actor: StaffActor, patientId: string) =>
  reissueChange({ db: t.db, actor, meta }, patientId);
/** A refused acceptance: "not found" for a token never issued, else a conflict naming the problem. */
const refused = (problem: string) =>
  problem === "not_found"
    ? { ok: false, error: { code: "not_found" } }
    : { ok: false, error: { code: "conflict", details: { problem } } };

const userCount = async () => (await t.db.select({ n: count() }).from(users))[0]!.n;

describe("acceptInvite", () => {
  it("creates the patient's account once and marks the invite used", async () => {
    const { patient, token } = await invitedPatient();
    const result = await acceptInvite(token, "hash");
    expect(result).toMatchObject({ ok: true, value: { email: patient.email } });
    const [row] = await t.db.select().from(patients).where(eq(patients.id, patient.id));
    expect(row).toMatchObject({ status: "active", userId: result.ok ? result.value.userId : "" });

    const before = await userCount();
    expect(await acceptInvite(token, "hash")).toEqual(refused("used"));
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
    expect(await acceptInvite(token, "hash")).toEqual(refused("expired"));
    expect(await userCount()).toBe(before);
    const [invite] = await t.db.select().from(invites).where(eq(invites.patientId, patient.id));
    expect(invite!.usedAt).toBeNull();
  });

  it("refuses a forged token", async () => {
    expect(await acceptInvite("x".repeat(43), "hash")).toEqual(refused("not_found"));
  });

  it("lets exactly one of several simultaneous acceptances through", async () => {
    const { token } = await invitedPatient();
    const before = await userCount();
    const results = await Promise.all(Array.from({ length: 5 }, () => acceptInvite(token, "hash")));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await userCount()).toBe(before + 1);
  });

  it("undoes the claim when the email was taken by another account meanwhile", async () => {
    const { patient, token } = await invitedPatient();
    await makeStaff(t.db, clinician.clinicId, { email: patient.email });
    expect(await acceptInvite(token, "hash")).toEqual(refused("used"));
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
    const again = await reissueInvite(clinician, patient.id);
    if (!again.ok) throw new Error(again.error.code);
    expect(await lookUpInvite(t.db, token)).toEqual({ ok: false, problem: "replaced" });
    expect(await lookUpInvite(t.db, again.value.token)).toMatchObject({ ok: true });
  });

  it("answers not_found for another clinic's patient and issues nothing", async () => {
    const { patient } = await invitedPatient();
    const before = await t.db.select().from(invites).where(eq(invites.patientId, patient.id));
    expect(await reissueInvite(outsider, patient.id)).toEqual({ ok: false, error: { code: "not_found" } });
    expect(await t.db.select().from(invites).where(eq(invites.patientId, patient.id))).toEqual(before);
  });

  it("refuses a patient who already has an account", async () => {
    const patient = await makePatient(t.db, clinician, { withAccount: true });
    expect(await reissueInvite(clinician, patient.id)).toEqual({
      ok: false,
      error: { code: "conflict", message: "This patient has already set up their account." },
    });
  });
});
