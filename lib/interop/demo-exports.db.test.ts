import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { parse } from "csv-parse/sync";
import type { StaffActor } from "@/db/actor";
import { clinicDiaryRows } from "@/db/queries/exports";
import { clinicPlans } from "@/db/queries/plans";
import { auditEvents, patients, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { makeClinic, makeStaff } from "@/db/testing/factories";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { clinicDiaryCsv } from "./csv/diary-csv";
import { loadExportRecord } from "./export-record";
import { clinicDiaryExport, patientDiaryExport, patientFhirExport, slug } from "./exports";
import { patientBundle } from "./fhir/bundle";
import { GRADUS_PLAN_ACTIVITIES } from "./fhir/codes";
import { loadMedplumDefinitions, medplumIssues } from "./fhir/testing/medplum-validate";
import {
  fhirValidator,
  questionnaireMismatches,
  schemaErrors,
  unresolvedReferences,
} from "./fhir/testing/validate-bundle";

let t: TestDatabase;
let clinician: StaffActor;
let admin: StaffActor;

async function demoStaff(email: string): Promise<StaffActor> {
  const [u] = await t.db.select().from(users).where(eq(users.email, email));
  if (!u || u.role === "patient") throw new Error(`no demo staff ${email}`);
  return { kind: "staff", role: u.role, userId: u.id, clinicId: u.clinicId, name: u.name, sessionId: "t" };
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db, async (p) => `hashed:${p}`);
  clinician = await demoStaff("anna.berg@riverside.example");
  admin = await demoStaff("priya.shah@riverside.example");
  fhirValidator();
  loadMedplumDefinitions();
}, 180_000);
afterAll(() => t.destroy());

describe("FHIR export of the demo clinic", () => {
  it("gives every demo patient a bundle valid against the FHIR R4 schema and Medplum's validator, every reference resolving inside it", async () => {
    const roster = await t.db.select().from(patients).where(eq(patients.clinicId, clinician.clinicId));
    expect(roster.length).toBeGreaterThanOrEqual(10);
    const now = new Date();
    let observations = 0;
    let responses = 0;
    let smartGoals = 0;
    for (const p of roster) {
      const loaded = await loadExportRecord(t.db, clinician, p.id, now);
      expect(loaded, p.fullName).not.toBeNull();
      const bundle = patientBundle(loaded!.record, loaded!.today, now);
      expect(schemaErrors(bundle), p.fullName).toEqual([]);
      expect(medplumIssues(bundle), p.fullName).toEqual({ errors: [], warnings: [] });
      expect(unresolvedReferences(bundle), p.fullName).toEqual([]);
      expect(questionnaireMismatches(bundle), p.fullName).toEqual([]);
      const fullUrls = bundle.entry!.map((e) => e.fullUrl);
      expect(new Set(fullUrls).size, `${p.fullName}: fullUrls are unique`).toBe(fullUrls.length);
      observations += bundle.entry!.filter((e) => e.resource?.resourceType === "Observation").length;
      for (const e of bundle.entry!) {
        const r = e.resource!;
        if (r.resourceType === "QuestionnaireResponse") {
          responses += 1;
          expect(r.item?.length, `${p.fullName}: answered items`).toBeGreaterThanOrEqual(3);
        }
      }
      smartGoals += loaded!.goals.length;
      // One active plan target per activity: a revision's new target cancels the one it replaced (the
      // SMART goals agreed with the patient are Goals too, and may aim at the same activity).
      const smartGoalIds = new Set(loaded!.goals.map((g) => g.id));
      const activeTargets = bundle
        .entry!.map((e) => e.resource!)
        .filter(
          (r) => r.resourceType === "Goal" && r.lifecycleStatus === "active" && !smartGoalIds.has(r.id!),
        )
        .flatMap((g) => (g.resourceType === "Goal" ? (g.target ?? []) : []))
        .flatMap((t) => t.measure?.coding?.filter((c) => c.system === GRADUS_PLAN_ACTIVITIES) ?? []);
      const keys = activeTargets.map((c) => c.code);
      expect(keys.length, `${p.fullName}: active activity targets`).toBe(new Set(keys).size);
      const carePlans = bundle.entry!.filter((e) => e.resource?.resourceType === "CarePlan");
      expect(carePlans, p.fullName).toHaveLength(loaded!.plan?.revisions.length ?? 0);
    }
    expect(observations).toBeGreaterThan(100);
    // The demo holds PSFS and PEG answers and agreed goals; they must be in the exports too.
    expect(responses).toBeGreaterThan(0);
    expect(smartGoals).toBeGreaterThan(0);
  }, 120_000);

  it("reads nothing of a patient in another clinic", async () => {
    const other = await makeClinic(t.db);
    const outsider = await makeStaff(t.db, other.id);
    const [maria] = await t.db.select().from(patients).where(eq(patients.email, "maria.lopez@mail.example"));
    expect(await loadExportRecord(t.db, outsider, maria!.id)).toBeNull();
  });
});

describe("clinic diary export", () => {
  it("is for the clinic's admin only", async () => {
    expect(await clinicDiaryRows(t.db, clinician)).toBeNull();
    const other = await makeClinic(t.db);
    const otherAdmin = await makeStaff(t.db, other.id, { role: "admin" });
    expect(await clinicDiaryRows(t.db, otherAdmin)).toEqual([]);
  });

  it("holds every diary entry of the clinic and parses back row for row", async () => {
    const rows = (await clinicDiaryRows(t.db, admin))!;
    expect(rows.length).toBeGreaterThan(100);
    const plans = await clinicPlans(t.db, admin);
    const csv = clinicDiaryCsv(rows, (id) => (plans.get(id)?.revisions ?? []).flatMap((r) => r.activities));
    const parsed = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(parsed).toHaveLength(rows.length);
    expect(parsed.map((r) => r.Note)).toEqual(rows.map((r) => r.note ?? ""));
  });
});

describe("every export", () => {
  const meta = { ip: "203.0.113.9", userAgent: null };
  const auditCount = async (action: string) =>
    (await t.db.select().from(auditEvents).where(eq(auditEvents.action, action))).length;

  it("records who exported which patient's record, and writes nothing when refused", async () => {
    const [maria] = await t.db.select().from(patients).where(eq(patients.email, "maria.lopez@mail.example"));
    const outsider = await makeStaff(t.db, (await makeClinic(t.db)).id);
    for (const [action, run] of [
      ["patient.fhir.export", patientFhirExport],
      ["patient.diary.export", patientDiaryExport],
    ] as const) {
      expect(await run(t.db, outsider, maria!.id, meta)).toBeNull();
      expect(await auditCount(action), action).toBe(0);
      const file = await run(t.db, clinician, maria!.id, meta);
      expect(file?.filename).toContain("maria-lopez");
      const events = await t.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, action), eq(auditEvents.patientId, maria!.id)));
      expect(events, action).toHaveLength(1);
      expect(events[0]).toMatchObject({
        actorUserId: clinician.userId,
        clinicId: clinician.clinicId,
        ip: meta.ip,
      });
    }
  });

  it("audits the clinic export for the admin and refuses a clinician without a trace", async () => {
    expect(await clinicDiaryExport(t.db, clinician, meta)).toBeNull();
    expect(await auditCount("clinic.diary.export")).toBe(0);
    expect((await clinicDiaryExport(t.db, admin, meta))?.filename).toMatch(
      /^clinic-diary-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(await auditCount("clinic.diary.export")).toBe(1);
  });

  it("names files safely", () => {
    expect(slug("Zoë O'Brien-Núñez")).toBe("zoe-o-brien-nunez");
    expect(slug("../..")).toBe("patient");
  });
});
