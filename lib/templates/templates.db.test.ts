import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { StaffActor } from "@/db/actor";
import { listTemplates } from "@/db/queries/plans";
import { listClinicTemplates } from "@/db/queries/templates";
import { auditEvents, planTemplates } from "@/db/schema";
import { makeClinicianAndOutsider, makePatient } from "@/db/testing/factories";
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

  it("answers not found for a patient without a plan", async () => {
    const patient = await makePatient(t.db, physio);
    expect(await saveTemplateFromPlan(ctx(physio), { patientId: patient.id, ...text })).toMatchObject({
      error: { code: "not_found" },
    });
  });
});
