import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RED_FLAG_KEYS } from "@/lib/domain/red-flags";
import type { PatientActor, StaffActor } from "../actor";
import { auditEvents, patients, redFlagReports } from "../schema";
import { makePatient, patientActor, makeClinicianAndOutsider } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { acknowledgeRedFlag as acknowledgeChange } from "@/lib/red-flags/acknowledge-red-flag";
import { resumePlan as resumeChange } from "@/lib/red-flags/resume-plan";
import { confirmAdvice } from "@/lib/red-flags/confirm-advice";
import { storeRedFlagReport } from "@/lib/red-flags/submit-check-in";
import {
  lastOwnCheckIn,
  listRedFlagReports,
  openRedFlags,
  ownHistoryAnswered,
  unreadOwnAdvice,
} from "./red-flags";

const meta = { ip: "203.0.113.9", userAgent: null };
let t: TestDatabase;
let clinician: StaffActor;
let outsider: StaffActor;

beforeAll(async () => {
  t = await createTestDatabase();
  ({ clinician, outsider } = await makeClinicianAndOutsider(t.db));
});
afterAll(() => t.destroy());

// The clinician's changes live in lib/red-flags; their answers read as the old words for these checks.
const outcome = (r: {
  ok: boolean;
  value?: unknown;
  error?: { code: string; details?: Record<string, unknown> };
}) => (r.ok ? (r.value ?? "done") : (r.error?.details?.reason ?? r.error?.code));
const submitOwnRedFlagReport = (
  db: TestDatabase["db"],
  actor: PatientActor,
  report: Parameters<typeof storeRedFlagReport>[1],
  m: typeof meta,
) => storeRedFlagReport({ db, actor, meta: m }, report);
const confirmOwnAdvice = async (
  db: TestDatabase["db"],
  actor: PatientActor,
  reportId: string,
  m: typeof meta,
) => (await confirmAdvice({ db, actor, meta: m }, reportId)).ok;
const resumePlan = async (actor: StaffActor, patientId: string) =>
  outcome(await resumeChange({ db: t.db, actor, meta }, patientId));
const acknowledgeRedFlag = async (actor: StaffActor, ack: Parameters<typeof acknowledgeChange>[1]) =>
  outcome(await acknowledgeChange({ db: t.db, actor, meta }, ack));

const answers = (...yes: string[]) => Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, yes.includes(k)]));

async function patient(): Promise<PatientActor> {
  return patientActor(await makePatient(t.db, clinician, { withAccount: true }));
}

const report = (tier: "none" | "urgent" | "emergency", ...yes: string[]) => ({
  clientId: randomUUID(),
  trigger: "diary" as const,
  answeredOn: "2026-11-20",
  answers: answers(...yes),
  tier,
});

const statusOf = async (id: string) =>
  (await t.db.select({ s: patients.status }).from(patients).where(eq(patients.id, id)))[0]!.s;
const auditCount = async (patientId: string, action: string) =>
  (
    await t.db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, patientId), eq(auditEvents.action, action)))
  )[0]!.n;

describe("an emergency answer", () => {
  it("is stored once per submission, pauses the plan and is audited with its answers", async () => {
    const me = await patient();
    const submission = report("emergency", "bladder");
    const first = await submitOwnRedFlagReport(t.db, me, submission, meta);
    const retry = await submitOwnRedFlagReport(t.db, me, submission, meta);
    expect(retry.id).toBe(first.id);
    const stored = await t.db.select().from(redFlagReports).where(eq(redFlagReports.patientId, me.patientId));
    expect(stored).toHaveLength(1);
    expect(await statusOf(me.patientId)).toBe("paused");
    expect(await auditCount(me.patientId, "red_flag.answer")).toBe(1);
    expect(await auditCount(me.patientId, "plan.pause")).toBe(1);
  });

  it("stays in front of the patient until they confirm it, and only they can", async () => {
    const me = await patient();
    const other = await patient();
    const r = await submitOwnRedFlagReport(t.db, me, report("emergency", "bowel"), meta);
    expect((await unreadOwnAdvice(t.db, me))?.id).toBe(r.id);
    expect(await confirmOwnAdvice(t.db, other, r.id, meta)).toBe(false);
    expect((await unreadOwnAdvice(t.db, me))?.id).toBe(r.id);
    expect(await confirmOwnAdvice(t.db, me, r.id, meta)).toBe(true);
    expect(await unreadOwnAdvice(t.db, me)).toBeNull();
  });

  it("is a critical item for its clinic only, until acknowledged; then the clinician can resume", async () => {
    const me = await patient();
    const r = await submitOwnRedFlagReport(t.db, me, report("emergency", "saddle_numbness"), meta);
    expect((await openRedFlags(t.db, clinician, me.patientId)).map((x) => x.id)).toEqual([r.id]);
    expect(await openRedFlags(t.db, outsider)).toEqual([]);
    expect(await listRedFlagReports(t.db, outsider, me.patientId)).toEqual([]);

    expect(await resumePlan(clinician, me.patientId)).toBe("unacknowledged");
    expect(await statusOf(me.patientId)).toBe("paused");

    const ack = { patientId: me.patientId, reportId: r.id, note: "Phoned; advised A&E now." };
    expect(await acknowledgeRedFlag(outsider, ack)).toBe("not_found");
    expect(await resumePlan(outsider, me.patientId)).toBe("not_found");
    expect(await acknowledgeRedFlag(clinician, ack)).toBe("acknowledged");
    expect(await acknowledgeRedFlag(clinician, ack)).toBe("already");
    expect(await openRedFlags(t.db, clinician, me.patientId)).toEqual([]);
    const [history] = await listRedFlagReports(t.db, clinician, me.patientId);
    expect(history).toMatchObject({ acknowledgementNote: ack.note, acknowledgedByName: expect.any(String) });

    expect(await resumePlan(clinician, me.patientId)).toBe("done");
    expect(await statusOf(me.patientId)).toBe("active");
    expect(await resumePlan(clinician, me.patientId)).toBe("not_paused");
    expect(await auditCount(me.patientId, "red_flag.acknowledge")).toBe(1);
    expect(await auditCount(me.patientId, "plan.resume")).toBe(1);
  });
});

describe("other answers", () => {
  it("an urgent answer raises an open item without pausing; none raises nothing", async () => {
    const me = await patient();
    await submitOwnRedFlagReport(t.db, me, report("none"), meta);
    expect(await openRedFlags(t.db, clinician, me.patientId)).toEqual([]);
    expect(await unreadOwnAdvice(t.db, me)).toBeNull();
    await submitOwnRedFlagReport(t.db, me, report("urgent", "fever"), meta);
    expect(await openRedFlags(t.db, clinician, me.patientId)).toHaveLength(1);
    expect((await unreadOwnAdvice(t.db, me))?.tier).toBe("urgent");
    expect(await statusOf(me.patientId)).toBe("active");
  });

  it("a report id of another patient cannot be acknowledged through this patient", async () => {
    const me = await patient();
    const other = await patient();
    const theirs = await submitOwnRedFlagReport(t.db, other, report("urgent", "injury"), meta);
    const ack = { patientId: me.patientId, reportId: theirs.id, note: "Trying the wrong patient" };
    expect(await acknowledgeRedFlag(clinician, ack)).toBe("not_found");
    expect(await openRedFlags(t.db, clinician, other.patientId)).toHaveLength(1);
  });
});

describe("what the check-in trigger reads", () => {
  it("the last check-in is the latest moment, not only its day", async () => {
    const me = await patient();
    expect(await lastOwnCheckIn(t.db, me)).toBeNull();
    await submitOwnRedFlagReport(t.db, me, report("none"), meta);
    const second = await submitOwnRedFlagReport(t.db, me, report("none"), meta);
    const last = await lastOwnCheckIn(t.db, me);
    expect(last).toEqual({ on: "2026-11-20", at: second.createdAt });
  });

  it("knows the history once both history questions were answered", async () => {
    const me = await patient();
    expect(await ownHistoryAnswered(t.db, me)).toBe(false);
    await submitOwnRedFlagReport(t.db, me, { ...report("none"), answers: { fever: false } }, meta);
    expect(await ownHistoryAnswered(t.db, me)).toBe(false);
    await submitOwnRedFlagReport(t.db, me, report("urgent", "cancer"), meta);
    expect(await ownHistoryAnswered(t.db, me)).toBe(true);
    const other = await patient();
    expect(await ownHistoryAnswered(t.db, other)).toBe(false);
  });
});
