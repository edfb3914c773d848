import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { clinics, episodes, outbox, patients, users } from "../schema";
import { lookUpInvite } from "../queries/invites";
import { demoPatients } from "./demo-clinic";
import { demoLogins, formatDemoBanner, isDatabaseEmpty, seedDemo } from "./seed-demo";

let t: TestDatabase;
// A stand-in hasher keeps this test fast; real hashing is covered in lib/auth.
const fakeHash = async (p: string) => `hashed:${p}`;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

describe("seedDemo", () => {
  it("creates one demo clinic with two physiotherapists (and one who left) and its patients", async () => {
    expect(await isDatabaseEmpty(t.db)).toBe(true);
    await seedDemo(t.db, fakeHash);
    expect(await isDatabaseEmpty(t.db)).toBe(false);
    const [clinic] = await t.db.select().from(clinics);
    expect(clinic).toMatchObject({ isDemo: true });
    const clinicians = await t.db.select().from(users).where(eq(users.role, "clinician"));
    expect(clinicians.filter((c) => c.disabledAt === null)).toHaveLength(2);
    expect(clinicians.filter((c) => c.disabledAt !== null).map((c) => c.name)).toEqual(["Ben Carter"]);
    expect(clinic).toMatchObject({ address: expect.any(String), phone: expect.any(String), country: "GB" });
    const seeded = await t.db.select().from(patients);
    expect(seeded).toHaveLength(demoPatients.length);
    expect(new Set(seeded.map((p) => p.timeZone)).size).toBeGreaterThan(3);
    expect(seeded.filter((p) => p.status === "invited" && p.userId === null)).toHaveLength(2);
    // A patient discharged after a first episode, with the physio's message.
    const discharged = seeded.filter((p) => p.status === "discharged");
    expect(discharged.map((p) => p.fullName)).toEqual(["Nora Lindqvist"]);
    const [episode] = await t.db.select().from(episodes).where(eq(episodes.patientId, discharged[0]!.id));
    expect(episode).toMatchObject({ number: 1, dischargeReason: "goals_met", clinicId: clinic!.id });
    expect(episode!.endedOn! > episode!.startedOn).toBe(true);

    // The Outbox holds the two invites (their links work) and an urgent alert, none of them to be sent.
    const messages = await t.db.select().from(outbox);
    expect(messages.map((m) => m.kind).sort()).toEqual(["invite", "invite", "urgent_alert"]);
    expect(messages.every((m) => m.status === "queued" && m.nextAttemptAt === null)).toBe(true);
    const token = /\/invite\/([A-Za-z0-9_-]{43})/.exec(
      messages.find((m) => m.kind === "invite")!.textBody,
    )![1]!;
    expect(await lookUpInvite(t.db, token)).toMatchObject({ ok: true });
  });

  it("prints every demo login with the shared password", async () => {
    const banner = formatDemoBanner(await demoLogins(t.db));
    expect(banner).toContain("graded-activity-demo");
    expect(banner).toContain("anna.berg@riverside.example");
    expect(banner).toContain("maria.lopez@mail.example");
    expect(banner).not.toContain("helen.murray@mail.example");
    expect(banner).not.toContain("ben.carter@riverside.example");
  });
});
