import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { StaffActor } from "@/db/actor";
import { auditEvents, changeRequests, diaryEntries } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { makeClinic, makePatient, makeStaff, patientActor } from "@/db/testing/factories";
import { listClinicChangeRequests, listOwnChangeRequests } from "@/db/queries/change-requests";
import { getOwnPlan, getPlan } from "@/db/queries/plans";
import { acknowledgeAlert } from "@/lib/alerts/acknowledge-alert";
import { FLARE_UP_HOLD_REASON } from "@/lib/domain/change-requests";
import { planQuotasOn } from "@/lib/domain/graded-activity/plan-schedule";
import { localDate } from "@/lib/domain/local-time";
import { setFlareUpPlan } from "@/lib/flare-up-plans/set-flare-up-plan";
import { startFlareUpHold } from "@/lib/flare-up-plans/start-flare-up-hold";
import { revisePlan } from "@/lib/plans/revise-plan";
import { walkingPlanInput } from "@/lib/plans/testing";
import { triageRow } from "@/lib/triage/triage-list";
import { changeRequestInput } from "@/lib/validation/change-request";
import { answerWithRevision, declineChangeRequest } from "./answer-change-request";
import { createChangeRequest } from "./create-change-request";

const meta = { ip: null, userAgent: null };
const tz = "Europe/London";
let t: TestDatabase;
let physio: StaffActor;
let colleague: StaffActor;
let outsider: StaffActor;

beforeAll(async () => {
  t = await createTestDatabase();
  const clinic = await makeClinic(t.db);
  physio = await makeStaff(t.db, clinic.id);
  colleague = await makeStaff(t.db, clinic.id);
  outsider = await makeStaff(t.db, (await makeClinic(t.db)).id);
});
afterAll(() => t.destroy());

async function patientWithPlan() {
  const patient = await makePatient(t.db, physio, { withAccount: true, timeZone: tz });
  const saved = await revisePlan({ db: t.db, actor: physio, meta }, patient.id, walkingPlanInput(tz));
  if (!saved.ok) throw new Error(saved.error.code);
  return { patient, actor: patientActor(patient) };
}

const ask = (over: Record<string, unknown> = {}) =>
  changeRequestInput.parse({
    clientId: randomUUID(),
    activity: "walking",
    reason: "too_hard",
    suggestedAmount: "10",
    note: "My back aches after 14 minutes",
    ...over,
  });

const todayQuota = async (patientId: string) => {
  const plan = await getPlan(t.db, physio, patientId);
  return planQuotasOn(plan!.revisions, localDate(tz)).find((q) => q.activity.key === "walking")?.quota;
};

describe("change requests", () => {
  it("stores a resent request once and never changes a quota by itself", async () => {
    const { patient, actor } = await patientWithPlan();
    const before = await todayQuota(patient.id);
    const input = ask();
    const [a, b] = await Promise.all([
      createChangeRequest({ db: t.db, actor, meta }, input),
      createChangeRequest({ db: t.db, actor, meta }, input),
    ]);
    const again = await createChangeRequest({ db: t.db, actor, meta }, input);
    expect(a.ok && b.ok && again.ok).toBe(true);
    const rows = await t.db.select().from(changeRequests).where(eq(changeRequests.patientId, patient.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ activityName: "Walking", status: "open", suggestedAmount: 10 });
    expect(await todayQuota(patient.id)).toBe(before);
    expect((await getPlan(t.db, physio, patient.id))!.version).toBe(1);
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, patient.id), eq(auditEvents.action, "change_request.create")));
    expect(audit).toHaveLength(1);
  });

  it("keeps one open request per activity, and one open 'add an activity'", async () => {
    const { actor } = await patientWithPlan();
    expect((await createChangeRequest({ db: t.db, actor, meta }, ask())).ok).toBe(true);
    const second = await createChangeRequest({ db: t.db, actor, meta }, ask({ reason: "too_easy" }));
    expect(second).toMatchObject({ ok: false, error: { code: "conflict" } });
    const add = (name: string) => ask({ activity: "add", newActivityName: name, suggestedAmount: "" });
    expect((await createChangeRequest({ db: t.db, actor, meta }, add("Swimming"))).ok).toBe(true);
    expect(await createChangeRequest({ db: t.db, actor, meta }, add("Cycling"))).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
    const unknown = await createChangeRequest({ db: t.db, actor, meta }, ask({ activity: "rowing" }));
    expect(unknown).toMatchObject({ ok: false, error: { code: "invalid" } });
  });

  it("accepting makes a revision whose reason records the request, and closes it in the same step", async () => {
    const { patient, actor } = await patientWithPlan();
    const created = await createChangeRequest({ db: t.db, actor, meta }, ask());
    if (!created.ok) throw new Error("not created");
    const plan = walkingPlanInput(tz, { expectedVersion: 1, reason: "Agreed as asked." });
    plan.activities[0] = { ...plan.activities[0]!, key: "walking", baseline: 14.29 };
    const answered = await answerWithRevision(
      { db: t.db, actor: physio, meta },
      patient.id,
      created.value.id,
      "accepted",
      plan,
    );
    expect(answered.ok).toBe(true);
    const stored = await getPlan(t.db, physio, patient.id);
    expect(stored!.revisions.at(-1)!.reason).toMatch(
      /Accepted the patient's change request \(Asks to change Walking: too hard\)/,
    );
    expect(await todayQuota(patient.id)).toBe(10);
    const [own] = await listOwnChangeRequests(t.db, actor);
    expect(own).toMatchObject({ status: "accepted", revisionNumber: 2 });
    // A second answer is told it was already answered, and writes nothing.
    const late = await declineChangeRequest({ db: t.db, actor: colleague, meta }, patient.id, {
      requestId: created.value.id,
      message: "No",
    });
    expect(late).toMatchObject({ ok: false, error: { code: "conflict" } });
  });

  it("of two clinicians answering at once, one wins and the other is told", async () => {
    const { patient, actor } = await patientWithPlan();
    const created = await createChangeRequest({ db: t.db, actor, meta }, ask());
    if (!created.ok) throw new Error("not created");
    const plan = walkingPlanInput(tz, { expectedVersion: 1, reason: "Adjusted." });
    plan.activities[0] = { ...plan.activities[0]!, key: "walking", baseline: 17 };
    const results = await Promise.all([
      answerWithRevision({ db: t.db, actor: physio, meta }, patient.id, created.value.id, "adjusted", plan),
      declineChangeRequest({ db: t.db, actor: colleague, meta }, patient.id, {
        requestId: created.value.id,
        message: "Keep it as it is this week.",
      }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser).toMatchObject({ ok: false, error: { code: "conflict" } });
    const [row] = await t.db.select().from(changeRequests).where(eq(changeRequests.id, created.value.id));
    const version = (await getPlan(t.db, physio, patient.id))!.version;
    // The declined request left the plan alone; the adjusted one made exactly one revision.
    expect(version).toBe(row!.status === "declined" ? 1 : 2);
  });

  it("is scoped: a patient sees only their own, a clinician only their clinic's", async () => {
    const { patient, actor } = await patientWithPlan();
    const other = await patientWithPlan();
    const created = await createChangeRequest({ db: t.db, actor, meta }, ask());
    if (!created.ok) throw new Error("not created");
    await createChangeRequest({ db: t.db, actor: other.actor, meta }, ask());
    expect((await listOwnChangeRequests(t.db, actor)).map((r) => r.id)).toEqual([created.value.id]);
    expect(await listClinicChangeRequests(t.db, outsider)).toEqual([]);
    expect(await listClinicChangeRequests(t.db, outsider, { patientId: patient.id })).toEqual([]);
    const mine = await listClinicChangeRequests(t.db, physio, { patientId: patient.id });
    expect(mine.map((r) => r.id)).toEqual([created.value.id]);
    const declined = await declineChangeRequest({ db: t.db, actor: outsider, meta }, patient.id, {
      requestId: created.value.id,
      message: "Not yours",
    });
    expect(declined).toMatchObject({ ok: false, error: { code: "not_found" } });
    const answered = await answerWithRevision(
      { db: t.db, actor: outsider, meta },
      patient.id,
      created.value.id,
      "accepted",
      walkingPlanInput(tz, { expectedVersion: 1 }),
    );
    expect(answered).toMatchObject({ ok: false, error: { code: "not_found" } });
    // The open request shows on the clinic's triage row in words.
    const row = await triageRow(t.db, physio, patient.id);
    expect(row!.alerts.map((a) => a.reason)).toContain("Asks to change Walking: too hard");
  });
});

describe("the flare-up hold agreed in advance", () => {
  async function logFlareUp(patientId: string) {
    await t.db.insert(diaryEntries).values({
      clinicId: physio.clinicId,
      patientId,
      entryDate: localDate(tz),
      clientId: randomUUID(),
      painNow: 6,
      painAverage: 6,
      flareUp: true,
    });
  }

  it("is off by default, then starts as a revision the physio sees, once until they have seen it", async () => {
    const { patient, actor } = await patientWithPlan();
    const start = () => startFlareUpHold({ db: t.db, actor, meta }, { clientId: randomUUID(), days: 3 });
    await logFlareUp(patient.id);
    expect(await start()).toMatchObject({ ok: false, error: { code: "conflict" } });

    const set = await setFlareUpPlan({ db: t.db, actor: physio, meta }, patient.id, {
      enabled: true,
      maxDays: 3,
      plan: "Keep to today's amounts and use heat.",
    });
    expect(set.ok).toBe(true);
    expect(
      await startFlareUpHold({ db: t.db, actor, meta }, { clientId: randomUUID(), days: 4 }),
    ).toMatchObject({
      ok: false,
      error: { code: "invalid" },
    });
    const clientId = randomUUID();
    const first = await startFlareUpHold({ db: t.db, actor, meta }, { clientId, days: 3 });
    expect(first.ok).toBe(true);
    // A resend answers the stored hold.
    expect((await startFlareUpHold({ db: t.db, actor, meta }, { clientId, days: 3 })).ok).toBe(true);
    const plan = await getOwnPlan(t.db, actor);
    expect(plan!.revisions).toHaveLength(2);
    expect(plan!.revisions[1]).toMatchObject({ kind: "hold", holdDays: 3, reason: FLARE_UP_HOLD_REASON });

    const row = await triageRow(t.db, physio, patient.id);
    const alert = row!.alerts.find((a) => a.rule === "flare_up_hold_started");
    expect(alert).toMatchObject({ severity: "low" });
    // Not another before the physio has seen the first.
    expect(await start()).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(
      (
        await acknowledgeAlert(
          { db: t.db, actor: physio, meta },
          { patientId: patient.id, rule: "flare_up_hold_started", note: null },
        )
      ).ok,
    ).toBe(true);
    const after = await triageRow(t.db, physio, patient.id);
    expect(after!.alerts.some((a) => a.rule === "flare_up_hold_started")).toBe(false);
  });

  it("cannot be set for a patient of another clinic", async () => {
    const { patient } = await patientWithPlan();
    const set = await setFlareUpPlan({ db: t.db, actor: outsider, meta }, patient.id, {
      enabled: true,
      maxDays: 3,
      plan: "Keep to today's amounts.",
    });
    expect(set).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});
