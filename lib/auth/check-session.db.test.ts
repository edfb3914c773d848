import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { makeClinic, makePatient, makeStaff } from "@/db/testing/factories";
import { sessions, users } from "@/db/schema";
import { createSession, revokeSession, revokeUserSessions } from "@/db/queries/sessions";
import { checkSession, touchCheckedSession } from "./check-session";
import { SESSION_POLICY, TOUCH_INTERVAL_MS } from "./session-policy";

// What getActor (lib/auth/session.ts) runs on every request, on a real database: the cheaper request must
// still refuse a revoked, disabled, expired or idle session on its very next request.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

const minutes = (n: number) => n * 60_000;

async function openSession(
  userId: string,
  lastSeenAt: Date,
  expiresAt = new Date(Date.now() + minutes(600)),
) {
  const id = await createSession(t.db, { userId, expiresAt, ip: null, userAgent: "vitest" });
  await t.db.update(sessions).set({ lastSeenAt, createdAt: lastSeenAt }).where(eq(sessions.id, id));
  return id;
}

async function lastSeen(id: string) {
  const [row] = await t.db.select({ at: sessions.lastSeenAt }).from(sessions).where(eq(sessions.id, id));
  return row!.at;
}

describe("checkSession", () => {
  it("grants a live session with the clinic the layouts show, and asks for no write within a minute", async () => {
    const clinic = await makeClinic(t.db, { monitoringRecord: true, address: "1 Main Street" });
    const staff = await makeStaff(t.db, clinic.id);
    const now = new Date();
    const id = await openSession(staff.userId, new Date(now.getTime() - 5_000));
    const checked = await checkSession(t.db, id, now);
    expect(checked?.actor).toMatchObject({ kind: "staff", userId: staff.userId, sessionId: id });
    expect(checked?.clinic).toEqual({
      monitoringRecord: true,
      letterhead: expect.objectContaining({ name: clinic.name, address: "1 Main Street" }),
    });
    expect(checked?.needsTouch).toBe(false);
  });

  it("refuses a revoked session on the next check, though it was checked a moment before", async () => {
    const staff = await makeStaff(t.db, (await makeClinic(t.db)).id);
    const id = await openSession(staff.userId, new Date());
    expect(await checkSession(t.db, id, new Date())).not.toBeNull();
    await revokeSession(t.db, id);
    expect(await checkSession(t.db, id, new Date())).toBeNull();
  });

  it("refuses every session of a disabled account, and of one whose sessions were all ended", async () => {
    const staff = await makeStaff(t.db, (await makeClinic(t.db)).id);
    const a = await openSession(staff.userId, new Date());
    const b = await openSession(staff.userId, new Date());
    await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, staff.userId));
    expect(await checkSession(t.db, a, new Date())).toBeNull();
    await t.db.update(users).set({ disabledAt: null }).where(eq(users.id, staff.userId));
    expect(await checkSession(t.db, b, new Date())).not.toBeNull();
    await revokeUserSessions(t.db, staff.userId);
    expect(await checkSession(t.db, b, new Date())).toBeNull();
  });

  it("refuses a clinician idle past 30 minutes and any session past its absolute expiry", async () => {
    const staff = await makeStaff(t.db, (await makeClinic(t.db)).id);
    const now = new Date();
    const idle = await openSession(
      staff.userId,
      new Date(now.getTime() - SESSION_POLICY.clinician.idleMs - 1_000),
    );
    expect(await checkSession(t.db, idle, now)).toBeNull();
    const expired = await openSession(staff.userId, now, new Date(now.getTime() - 1));
    expect(await checkSession(t.db, expired, now)).toBeNull();
  });

  it("keeps a patient idle for a day but refuses one idle past 14 days", async () => {
    const clinician = await makeStaff(t.db, (await makeClinic(t.db)).id);
    const patient = await makePatient(t.db, clinician, { withAccount: true });
    const now = new Date();
    const day = await openSession(patient.userId!, new Date(now.getTime() - minutes(24 * 60)));
    expect((await checkSession(t.db, day, now))?.actor).toMatchObject({
      kind: "patient",
      patientId: patient.id,
    });
    const gone = await openSession(
      patient.userId!,
      new Date(now.getTime() - SESSION_POLICY.patient.idleMs - 1_000),
    );
    expect(await checkSession(t.db, gone, now)).toBeNull();
  });

  it("touches last-seen at most once a minute, so a session in use does not go idle", async () => {
    const staff = await makeStaff(t.db, (await makeClinic(t.db)).id);
    const start = new Date();
    const id = await openSession(staff.userId, new Date(start.getTime() - TOUCH_INTERVAL_MS - 1_000));
    const checked = await checkSession(t.db, id, start);
    expect(checked?.needsTouch).toBe(true);
    // Two requests of one session in the same moment: the second write finds it already moved and does nothing.
    await touchCheckedSession(t.db, id, start);
    await touchCheckedSession(t.db, id, new Date(start.getTime() + 1_000));
    expect((await lastSeen(id)).getTime()).toBe(start.getTime());
    expect((await checkSession(t.db, id, new Date(start.getTime() + 30_000)))?.needsTouch).toBe(false);
    // 29 minutes later the clinician is still within the idle limit measured from that touch.
    const later = new Date(start.getTime() + SESSION_POLICY.clinician.idleMs - 1_000);
    expect((await checkSession(t.db, id, later))?.needsTouch).toBe(true);
  });
});
