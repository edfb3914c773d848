import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { StaffActor } from "@/db/actor";
import { listTemplates } from "@/db/queries/plans";
import { listClinicTemplates } from "@/db/queries/templates";
import { auditEvents, planTemplates } from "@/db/schema";
import { makeClinicianAndOutsider, makePatient, makeStaff } from "@/db/testing/factories";
import { editTemplateInput } from "@/lib/validation/template";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { makePatientWithPlan } from "@/lib/plans/testing";
import { editTemplate, retireTemplate, saveTemplateFromPlan } from "./manage-templates";

const meta = { ip: null, userAgent: null };
let t: TestDatabase;
let physio: StaffActor;
let outsider: StaffActor;

beforeAll(async () => {
  t = await createTestDatabase();
  ({ clinician: physio, outsider } = await makeClinicianAndOutsider(t.db));
});
afterAll(() => t.destroy());

const ctx = (actor: StaffActor) => ({ db: t.db, actor, meta });
const text = { name: "Desk worker start", description: "Walking and sitting for office workers." };

describe("clinic plan templates", () => {
  it("saves a plan as the clinic's template without the patient's baseline; other clinics never see it", async () => {
    const patient = await makePatientWithPlan(t.db, physio, { withAccount: true, timeZone: "Europe/London" });
    const saved = await saveTemplateFromPlan(ctx(physio), { patientId: patient.id, ...text });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const [row] = await t.db.select().from(planTemplates).where(eq(planTemplates.id, saved.value.templateId));
    expect(row).toMatchObject({ clinicId: physio.clinicId, createdById: physio.userId, name: text.name });
    expect(JSON.stringify(row!.activities)).not.toContain("baseline");
    expect((await listTemplates(t.db, physio)).map((x) => x.name)).toContain(text.name);
    expect((await listTemplates(t.db, outsider)).map((x) => x.name)).not.toContain(text.name);
    expect(await saveTemplateFromPlan(ctx(outsider), { patientId: patient.id, ...text })).toMatchObject({
      error: { code: "not_found" },
    });
    const [event] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "template.create"));
    expect(event).toMatchObject({
      actorUserId: physio.userId,
      details: { templateId: saved.value.templateId },
    });
  });

  it("edits on the version seen, retires, and never touches built-in or another clinic's templates", async () => {
    const patient = await makePatientWithPlan(t.db, physio, { withAccount: true, timeZone: "Europe/London" });
    const saved = await saveTemplateFromPlan(ctx(physio), {
      patientId: patient.id,
      ...text,
      name: "To retire",
    });
    if (!saved.ok) throw new Error("not saved");
    const templateId = saved.value.templateId;
    expect(await editTemplate(ctx(outsider), { templateId, version: 1, ...text })).toMatchObject({
      error: { code: "not_found" },
    });
    expect((await editTemplate(ctx(physio), { templateId, version: 1, ...text, name: "Renamed" })).ok).toBe(
      true,
    );
    expect(await editTemplate(ctx(physio), { templateId, version: 1, ...text })).toMatchObject({
      error: { code: "conflict" },
    });
    const builtIn = (await listClinicTemplates(t.db, physio)).builtIn[0]!;
    expect(await editTemplate(ctx(physio), { templateId: builtIn.id, version: 1, ...text })).toMatchObject({
      error: { code: "not_found" },
    });
    expect(await retireTemplate(ctx(physio), { templateId: builtIn.id })).toMatchObject({
      error: { code: "not_found" },
    });
    expect((await retireTemplate(ctx(physio), { templateId })).ok).toBe(true);
    expect((await listTemplates(t.db, physio)).map((x) => x.id)).not.toContain(templateId);
    const own = (await listClinicTemplates(t.db, physio)).own.find((x) => x.id === templateId);
    expect(own).toMatchObject({ name: "Renamed", retiredAt: expect.any(Date) });
  });

  it("edits a template's activities (not their unit or progression), checked and audited before and after", async () => {
    const patient = await makePatientWithPlan(t.db, physio, { withAccount: true, timeZone: "Europe/London" });
    const saved = await saveTemplateFromPlan(ctx(physio), {
      patientId: patient.id,
      ...text,
      name: "Walkers",
    });
    if (!saved.ok) throw new Error("not saved");
    const { templateId } = saved.value;
    const [before] = await t.db.select().from(planTemplates).where(eq(planTemplates.id, templateId));
    const first = before!.activities[0]!;
    // As the form sends it: text fields, parsed by the action's schema.
    const parsed = editTemplateInput.parse({
      templateId,
      version: "1",
      ...text,
      activities: before!.activities.map((a, i) =>
        i === 0
          ? {
              name: "Brisk walking",
              goal: "45",
              startPercent: "60",
              instructions: "Walk at a pace you can talk.",
            }
          : {
              name: a.name,
              goal: String(a.goal),
              startPercent: String(a.startFraction * 100),
              instructions: a.instructions ?? "",
            },
      ),
    });
    expect(await editTemplate(ctx(physio), parsed)).toEqual({ ok: true, value: undefined });
    const [after] = await t.db.select().from(planTemplates).where(eq(planTemplates.id, templateId));
    expect(after!.version).toBe(2);
    expect(after!.activities[0]).toEqual({
      ...first,
      name: "Brisk walking",
      goal: 45,
      startFraction: 0.6,
      instructions: "Walk at a pace you can talk.",
    });
    const edits = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "template.edit"));
    const mine = edits.find((e) => (e.details as { templateId: string }).templateId === templateId)!;
    expect(mine.details).toMatchObject({
      before: { activities: before!.activities },
      after: { activities: after!.activities },
    });

    // A goal beyond the unit's range is refused beside the field; a start at 100% by the schema.
    const tooFar = {
      ...parsed,
      version: 2,
      activities: parsed.activities!.map((a) => ({ ...a, goal: 40_000 })),
    };
    const refused = await editTemplate(ctx(physio), tooFar);
    expect(first.unit).toBe("minutes");
    expect(refused).toMatchObject({
      error: { code: "invalid", fields: { "activities.0.goal": expect.any(String) } },
    });
    expect(
      editTemplateInput.safeParse({
        templateId,
        version: "2",
        ...text,
        activities: [{ name: "A", goal: "5", startPercent: "100", instructions: "" }],
      }).error?.issues[0]?.path,
    ).toEqual(["activities", 0, "startPercent"]);
    // A form with a different number of activities than the template has is stale.
    expect(await editTemplate(ctx(physio), { ...parsed, version: 2, activities: [] })).toMatchObject({
      error: { code: "conflict" },
    });
  });

  it("lets only an admin or the clinician who saved a template retire it", async () => {
    const patient = await makePatientWithPlan(t.db, physio, { withAccount: true, timeZone: "Europe/London" });
    const colleague = await makeStaff(t.db, physio.clinicId, { name: "Colleague" });
    const admin = await makeStaff(t.db, physio.clinicId, { role: "admin" });
    const ids: string[] = [];
    for (const name of ["Mine", "Also mine"]) {
      const saved = await saveTemplateFromPlan(ctx(physio), { patientId: patient.id, ...text, name });
      if (!saved.ok) throw new Error("not saved");
      ids.push(saved.value.templateId);
    }
    expect(await retireTemplate(ctx(colleague), { templateId: ids[0]! })).toMatchObject({
      error: { code: "forbidden" },
    });
    const [still] = await t.db.select().from(planTemplates).where(eq(planTemplates.id, ids[0]!));
    expect(still!.retiredAt).toBeNull();
    // A colleague may still edit it: the restriction is on retiring.
    expect((await editTemplate(ctx(colleague), { templateId: ids[0]!, version: 1, ...text })).ok).toBe(true);
    expect((await retireTemplate(ctx(physio), { templateId: ids[0]! })).ok).toBe(true);
    expect((await retireTemplate(ctx(admin), { templateId: ids[1]! })).ok).toBe(true);
    expect(await retireTemplate(ctx(outsider), { templateId: ids[1]! })).toMatchObject({
      error: { code: "not_found" },
    });
  });

  it("answers not found for a patient without a plan", async () => {
    const patient = await makePatient(t.db, physio);
    expect(await saveTemplateFromPlan(ctx(physio), { patientId: patient.id, ...text })).toMatchObject({
      error: { code: "not_found" },
    });
  });
});
