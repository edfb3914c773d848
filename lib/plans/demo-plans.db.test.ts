import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { activityLogs, diaryEntries, patients, users } from "@/db/schema";
import { getPlan } from "@/db/queries/plans";
import { seedDemo } from "@/db/seed/seed-demo";
import { planQuotasOn, revisionOn } from "@/lib/domain/graded-activity/plan-schedule";
import { quotaOn } from "@/lib/domain/graded-activity/quota";
import { addDays } from "@/lib/domain/calendar";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db, async (p) => `hashed:${p}`);
});
afterAll(() => t.destroy());

describe("demo plans", () => {
  it("give every active demo patient a plan whose revisions continue the engine's quotas", async () => {
    const [anna] = await t.db.select().from(users).where(eq(users.email, "anna.berg@riverside.example"));
    const actor = {
      kind: "staff" as const,
      role: "clinician" as const,
      userId: anna!.id,
      clinicId: anna!.clinicId,
      name: "Anna",
      sessionId: "t",
    };
    const active = await t.db.select().from(patients).where(eq(patients.status, "active"));
    expect(active.length).toBeGreaterThanOrEqual(10);
    for (const p of active) {
      const plan = await getPlan(t.db, actor, p.id);
      expect(plan, p.fullName).not.toBeNull();
      for (const r of plan!.revisions.slice(1)) {
        const before = revisionOn(plan!.revisions, addDays(r.effectiveFrom, -1))!;
        for (const a of r.activities) {
          const prev = before.activities.find((b) => b.key === a.key);
          // A hold or continued edit starts where the previous revision was that day.
          if (prev && a.startQuota !== null)
            expect(quotaOn(a, r.effectiveFrom), `${p.fullName} ${a.key}`).toBe(
              quotaOn(prev, r.effectiveFrom),
            );
        }
      }
      const today = planQuotasOn(plan!.revisions, new Date().toISOString().slice(0, 10));
      expect(today.length, p.fullName).toBeGreaterThan(0);
    }
  });
});

describe("demo diaries", () => {
  it("hold 8-12 weeks of history with an improver, a flare after week 5, an overshooter and a patient gone quiet 9 days ago", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const stats = await t.db
      .select({
        email: patients.email,
        first: sql<string>`min(${diaryEntries.entryDate})::text`,
        last: sql<string>`max(${diaryEntries.entryDate})::text`,
        flareDays: sql<number>`count(*) filter (where ${diaryEntries.flareUp})::int`,
      })
      .from(diaryEntries)
      .innerJoin(patients, eq(patients.id, diaryEntries.patientId))
      .groupBy(patients.email);
    const by = Object.fromEntries(stats.map((s) => [s.email, s]));
    const weeksOf = (email: string) => addDaysBetween(by[email]!.first, today) / 7;
    expect(weeksOf("maria.lopez@mail.example")).toBeGreaterThanOrEqual(8);
    expect(weeksOf("lukas.novak@mail.example")).toBeLessThanOrEqual(12.1);
    expect(by["james.oneill@mail.example"]!.flareDays).toBeGreaterThan(0);
    expect(addDaysBetween(by["sam.whitfield@mail.example"]!.last, today)).toBe(9);
    const [daniel] = await t.db
      .select()
      .from(patients)
      .where(eq(patients.email, "daniel.brooks@mail.example"));
    const amounts = await t.db
      .select({ amount: activityLogs.amount })
      .from(activityLogs)
      .innerJoin(diaryEntries, eq(diaryEntries.id, activityLogs.entryId))
      .where(eq(diaryEntries.patientId, daniel!.id));
    expect(amounts.length).toBeGreaterThan(40);
  });
});

function addDaysBetween(from: string, to: string) {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
