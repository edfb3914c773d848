import { listPatientEntries } from "@/db/queries/diary";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import type { StaffActor } from "@/db/actor";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { makeClinic, makePatient, makeStaff } from "@/db/testing/factories";
import { activityLogs, auditEvents, diaryEntries, planRevisions } from "@/db/schema";
import { getPlan, listTemplates } from "@/db/queries/plans";
import { addDays } from "@/lib/domain/calendar";
import { planQuotasOn } from "@/lib/domain/graded-activity/plan-schedule";
import { localDate } from "@/lib/domain/local-time";
import type { PlanInput } from "@/lib/validation/plan";
import { walkingPlanInput } from "./testing";
import { baselineProgress } from "./baseline-progress";
import { confirmActivityBaseline } from "./confirm-baseline";
import { respondToFlareUp } from "./respond-to-flare-up";
import { revisePlan } from "./revise-plan";

const meta = { ip: null, userAgent: null };
let t: TestDatabase;
let physio: StaffActor;
let colleague: StaffActor;
let outsider: StaffActor;
const tz = "Pacific/Auckland";
const today = () => localDate(tz);

beforeAll(async () => {
  t = await createTestDatabase();
  const clinic = await makeClinic(t.db);
  physio = await makeStaff(t.db, clinic.id);
  colleague = await makeStaff(t.db, clinic.id);
  outsider = await makeStaff(t.db, (await makeClinic(t.db)).id);
});
afterAll(() => t.destroy());

const input = (overrides: Partial<Record<string, unknown>> = {}): PlanInput =>
  walkingPlanInput(tz, overrides);

async function patientWithPlan() {
  const patient = await makePatient(t.db, physio, { timeZone: tz });
  const saved = await revisePlan({ db: t.db, actor: physio, meta }, patient.id, input());
  if (!saved.ok) throw new Error(saved.error.code);
  return patient;
}

describe("revisePlan", () => {
  it("creates the plan with revision 1 and an audit event in one go", async () => {
    const patient = await patientWithPlan();
    const plan = await getPlan(t.db, physio, patient.id);
    expect(plan).toMatchObject({
      version: 1,
      revisions: [{ number: 1, kind: "initial", effectiveFrom: today() }],
    });
    expect(plan!.revisions[0]!.activities[0]).toMatchObject({ key: "walking", startQuota: 14, goal: 30 });
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.patientId, patient.id));
    expect(audit.map((a) => a.action)).toContain("plan.revision.create");
  });

  it("answers conflict to a stale second save and writes nothing", async () => {
    const patient = await patientWithPlan();
    const first = await revisePlan(
      { db: t.db, actor: physio, meta },
      patient.id,
      input({ expectedVersion: 1, reason: "Raise goal" }),
    );
    expect(first).toEqual({ ok: true, value: { version: 2 } });
    const stale = await revisePlan(
      { db: t.db, actor: colleague, meta },
      patient.id,
      input({ expectedVersion: 1, reason: "Other edit" }),
    );
    expect(stale).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect((await getPlan(t.db, physio, patient.id))!.revisions).toHaveLength(2);
  });

  it("lets exactly one of two simultaneous saves through", async () => {
    const patient = await patientWithPlan();
    const results = await Promise.all([
      revisePlan(
        { db: t.db, actor: physio, meta },
        patient.id,
        input({ expectedVersion: 1, reason: "Edit A" }),
      ),
      revisePlan(
        { db: t.db, actor: colleague, meta },
        patient.id,
        input({ expectedVersion: 1, reason: "Edit B" }),
      ),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.code === "conflict")).toHaveLength(1);
  });

  it("refuses invalid values with field messages and stores nothing", async () => {
    const patient = await makePatient(t.db, physio, { timeZone: tz });
    const bad = input({ effectiveFrom: addDays(today(), -1) });
    bad.activities[0]!.goal = 10;
    const result = await revisePlan({ db: t.db, actor: physio, meta }, patient.id, bad);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "invalid",
        fields: { effectiveFrom: expect.any(String), "activities.0.goal": expect.any(String) },
      },
    });
    expect(await getPlan(t.db, physio, patient.id)).toBeNull();
  });

  it("treats another clinic's patient as not found", async () => {
    const patient = await patientWithPlan();
    expect(
      await revisePlan({ db: t.db, actor: outsider, meta }, patient.id, input({ expectedVersion: 1 })),
    ).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await getPlan(t.db, outsider, patient.id)).toBeNull();
  });
});

describe("flare-ups", () => {
  it("records a hold as a revision that keeps today's quotas for N days", async () => {
    const patient = await patientWithPlan();
    const held = await respondToFlareUp({ db: t.db, actor: physio, meta }, patient.id, {
      response: "hold",
      days: 3,
      reason: "Flare-up after gardening",
      expectedVersion: 1,
    });
    expect(held).toEqual({ ok: true, value: { version: 2 } });
    const plan = (await getPlan(t.db, physio, patient.id))!;
    expect(plan.revisions[1]).toMatchObject({
      kind: "hold",
      holdDays: 3,
      reason: "Flare-up after gardening",
    });
    const q = (n: number) => planQuotasOn(plan.revisions, addDays(today(), n))[0]!.quota;
    // Held until day 3, then the usual step every 3 days: first rise on day 6.
    expect([q(0), q(2), q(5), q(6)]).toEqual([14, 14, 14, 16]);
  });

  it("is refused while a revision is already planned for a later date", async () => {
    const patient = await patientWithPlan();
    const later = input({ expectedVersion: 1, effectiveFrom: addDays(today(), 5), reason: "Planned change" });
    expect(await revisePlan({ db: t.db, actor: physio, meta }, patient.id, later)).toMatchObject({
      ok: true,
    });
    const held = await respondToFlareUp({ db: t.db, actor: physio, meta }, patient.id, {
      response: "hold",
      days: 3,
      reason: "Flare-up",
      expectedVersion: 2,
    });
    expect(held).toMatchObject({
      ok: false,
      error: {
        code: "invalid",
        fields: { _form: expect.stringMatching(/already planned/) },
      },
    });
  });

  it("a stale flare-up response conflicts", async () => {
    const patient = await patientWithPlan();
    expect(
      await respondToFlareUp({ db: t.db, actor: physio, meta }, patient.id, {
        response: "step_back",
        reason: "Too much",
        expectedVersion: 7,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
    const [{ n }] = (await t.db.select({ n: count() }).from(planRevisions)) as [{ n: number }];
    expect(n).toBeGreaterThan(0);
  });
});

describe("baseline measurement", () => {
  it("proposes and confirms a start quota after three logged sessions", async () => {
    const patient = await makePatient(t.db, physio, { timeZone: tz, withAccount: true });
    const measuring = input();
    measuring.activities[0] = { ...measuring.activities[0]!, baselineMode: "measure", baseline: null };
    expect(await revisePlan({ db: t.db, actor: physio, meta }, patient.id, measuring)).toMatchObject({
      ok: true,
    });

    const plan = (await getPlan(t.db, physio, patient.id))!;
    for (const [i, amount] of [12, 15, 18].entries()) {
      const [entry] = await t.db
        .insert(diaryEntries)
        .values({
          clinicId: patient.clinicId,
          patientId: patient.id,
          entryDate: addDays(today(), i),
          clientId: crypto.randomUUID(),
        })
        .returning();
      await t.db
        .insert(activityLogs)
        .values({ clinicId: patient.clinicId, entryId: entry!.id, activityKey: "walking", amount });
    }
    const diary = await listPatientEntries(t.db, physio, patient.id, "2000-01-01", addDays(today(), 7));
    const [progress] = baselineProgress(plan, diary, today());
    expect(progress).toMatchObject({
      key: "walking",
      sessions: [12, 15, 18],
      proposal: { baseline: 15, startQuota: 10 }, // 70% of 15 is 10.5: rounded down, never above the fraction
    });

    const confirmed = await confirmActivityBaseline({ db: t.db, actor: physio, meta }, patient.id, {
      key: "walking",
      expectedVersion: 1,
    });
    expect(confirmed).toEqual({ ok: true, value: { version: 2 } });
    const after = (await getPlan(t.db, physio, patient.id))!;
    expect(after.revisions[1]).toMatchObject({
      kind: "baseline_confirmed",
      activities: [{ baseline: 15, startQuota: 10 }],
    });
  });
});

describe("templates", () => {
  it("include the four built-in ones for every clinic", async () => {
    const names = (await listTemplates(t.db, physio)).map((t) => t.name);
    expect(names).toEqual([
      "Home exercise set",
      "Return to work in 8 weeks",
      "Sitting tolerance",
      "Walking programme",
    ]);
  });
});
