import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { clinicLetterhead } from "@/db/queries/clinics";
import { auditEvents, clinics } from "@/db/schema";
import { makeClinic, makeStaff } from "@/db/testing/factories";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { clinicDetailsInput } from "@/lib/validation/clinic";
import { updateClinicDetails } from "./update-details";

const meta = { ip: null, userAgent: null };
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

describe("updateClinicDetails", () => {
  it("sets the admin's own clinic only, audited before and after; clinicians may not", async () => {
    const mine = await makeClinic(t.db, { name: "Riverside" });
    const other = await makeClinic(t.db, { name: "Hillside" });
    const admin = await makeStaff(t.db, mine.id, { role: "admin" });
    const clinician = await makeStaff(t.db, mine.id);
    const details = {
      name: "Riverside Physio",
      address: "12 River Walk",
      timeZone: "Europe/Dublin",
      reminderTime: "19:30",
    };
    expect(await updateClinicDetails({ db: t.db, actor: clinician, meta }, details)).toMatchObject({
      error: { code: "forbidden" },
    });
    expect((await updateClinicDetails({ db: t.db, actor: admin, meta }, details)).ok).toBe(true);
    expect(await clinicLetterhead(t.db, mine.id)).toMatchObject({
      name: "Riverside Physio",
      address: "12 River Walk",
    });
    const [untouched] = await t.db.select().from(clinics).where(eq(clinics.id, other.id));
    expect(untouched).toMatchObject({ name: "Hillside", address: null });
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.clinicId, mine.id), eq(auditEvents.action, "clinic.settings.details")));
    expect(event!.details).toMatchObject({
      before: { name: "Riverside" },
      after: { name: "Riverside Physio" },
    });
  });

  it("validates times and zones", () => {
    const base = { name: "A", address: "", timeZone: "Europe/London", reminderTime: "" };
    expect(clinicDetailsInput.parse(base)).toMatchObject({ address: null, reminderTime: null });
    for (const bad of [
      { reminderTime: "25:00" },
      { reminderTime: "7pm" },
      { timeZone: "Mars/Base" },
      { name: "" },
    ])
      expect(clinicDetailsInput.safeParse({ ...base, ...bad }).success).toBe(false);
  });
});
