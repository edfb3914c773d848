import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PatientActor, StaffActor } from "../actor";
import { auditEvents, measureResponses } from "../schema";
import { makePatient, patientActor, makeClinicianAndOutsider } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { listMeasures, type NewMeasureResponse } from "./outcomes";
import { saveMeasure } from "@/lib/outcomes/submit-measure";
import { scoreFabq } from "@/lib/domain/outcomes/fabq";
import { screensFrom } from "@/lib/domain/outcomes/screens";

const meta = { ip: null, userAgent: null };
let t: TestDatabase;
// Storing a questionnaire is a change in lib/outcomes.
const saveOwnMeasure = (db: TestDatabase["db"], actor: PatientActor, r: NewMeasureResponse, m: typeof meta) =>
  saveMeasure({ db, actor, meta: m }, r);
let clinician: StaffActor;
let outsider: StaffActor;

beforeAll(async () => {
  t = await createTestDatabase();
  ({ clinician, outsider } = await makeClinicianAndOutsider(t.db));
});
afterAll(() => t.destroy());

const newPatient = async () => patientActor(await makePatient(t.db, clinician, { withAccount: true }));

describe("FABQ and work status in measure responses", () => {
  it("store once per submission id, with an audit event each, read only within the clinic", async () => {
    const me = await newPatient();
    const ratings = Array.from({ length: 16 }, () => 6);
    const fabq = {
      clientId: randomUUID(),
      instrument: "fabq" as const,
      takenOn: "2026-11-02",
      answers: { ratings },
      score: scoreFabq(ratings).work,
    };
    const work = {
      clientId: randomUUID(),
      instrument: "work" as const,
      takenOn: "2026-11-02",
      answers: { status: "off_sick", daysOffSick: 5 },
      score: 5,
    };
    expect((await saveOwnMeasure(t.db, me, fabq, meta)).created).toBe(true);
    expect((await saveOwnMeasure(t.db, me, fabq, meta)).created).toBe(false);
    expect((await saveOwnMeasure(t.db, me, work, meta)).created).toBe(true);
    expect((await saveOwnMeasure(t.db, me, work, meta)).created).toBe(false);

    const rows = await t.db
      .select()
      .from(measureResponses)
      .where(eq(measureResponses.patientId, me.patientId));
    expect(rows.map((r) => [r.instrument, r.score]).sort()).toEqual([
      ["fabq", 42],
      ["work", 5],
    ]);
    const audits = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, me.patientId), eq(auditEvents.action, "measure.answer")));
    expect(audits).toHaveLength(2);

    const seen = await listMeasures(t.db, clinician, me.patientId);
    const screens = screensFrom(seen, "2026-11-03");
    expect(screens.fabq).toMatchObject({ work: 42, physicalActivity: 24, highWork: true });
    expect(screens.work).toEqual([{ date: "2026-11-02", status: "off_sick", daysOffSick: 5 }]);
    expect(await listMeasures(t.db, outsider, me.patientId)).toEqual([]);
  });

  it("the database holds each instrument to its own score range", async () => {
    const me = await newPatient();
    const save = (instrument: "fabq" | "work" | "peg", score: number) =>
      saveOwnMeasure(
        t.db,
        me,
        { clientId: randomUUID(), instrument, takenOn: "2026-11-01", answers: {}, score },
        meta,
      );
    await expect(save("fabq", 42)).resolves.toMatchObject({ created: true });
    await expect(save("fabq", 43)).rejects.toThrow();
    await expect(save("work", 7)).resolves.toMatchObject({ created: true });
    await expect(save("work", 8)).rejects.toThrow();
    await expect(save("peg", 11)).rejects.toThrow();
  });
});
