import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RED_FLAG_KEYS } from "@/lib/domain/red-flags";
import type { StaffActor } from "../actor";
import { redFlagReports } from "../schema";
import { makePatient, makeClinicianAndOutsider } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { acknowledgeRedFlag } from "@/lib/red-flags/acknowledge-red-flag";
import { insertAlertAck, listAcknowledgements } from "./alerts";
import { listRedFlagReports } from "./red-flags";

const meta = { ip: "203.0.113.9", userAgent: null };
let t: TestDatabase;
let clinician: StaffActor;
let outsider: StaffActor;

beforeAll(async () => {
  t = await createTestDatabase();
  ({ clinician, outsider } = await makeClinicianAndOutsider(t.db));
});
afterAll(() => t.destroy());

const noFlags = Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, false]));

describe("the safety check-in history", () => {
  it("keeps the newest answers when several were stored together (one created_at)", async () => {
    const patient = await makePatient(t.db, clinician, { withAccount: true });
    const days = Array.from({ length: 8 }, (_, i) => `2026-11-${String(10 + i).padStart(2, "0")}`);
    // One statement, oldest first: every row gets the same created_at.
    await t.db.insert(redFlagReports).values(
      days.map((answeredOn) => ({
        clinicId: patient.clinicId,
        patientId: patient.id,
        clientId: randomUUID(),
        trigger: "weekly" as const,
        answeredOn,
        answers: noFlags,
        tier: "none" as const,
      })),
    );
    const shown = await listRedFlagReports(t.db, clinician, patient.id, 6);
    expect(shown.map((r) => r.answeredOn)).toEqual(days.slice(2).reverse());
  });
});

describe("acknowledgement notes", () => {
  it("lists the notes of alerts and red flags, newest first, for the patient's clinic only", async () => {
    const patient = await makePatient(t.db, clinician, { withAccount: true });
    const [flag] = await t.db
      .insert(redFlagReports)
      .values({
        clinicId: patient.clinicId,
        patientId: patient.id,
        clientId: randomUUID(),
        trigger: "diary",
        answeredOn: "2026-11-20",
        answers: { ...noFlags, [RED_FLAG_KEYS[0]!]: true },
        tier: "urgent",
      })
      .returning({ id: redFlagReports.id });
    expect(
      await acknowledgeRedFlag(
        { db: t.db, actor: clinician, meta },
        { patientId: patient.id, reportId: flag!.id, note: "Phoned; GP appointment booked." },
      ),
    ).toEqual({ ok: true, value: "acknowledged" });
    // Stored directly: whether the alert is open is lib/alerts' rule, tested with the triage list.
    await insertAlertAck(t.db, clinician, {
      patientId: patient.id,
      rule: "pain_critical",
      upToDate: "2026-11-21",
      note: "Flare after gardening.",
    });

    const notes = await listAcknowledgements(t.db, clinician, patient.id);
    expect(notes.map((n) => [n.kind, n.subject, n.note])).toEqual([
      ["alert", "pain_critical", "Flare after gardening."],
      ["red_flag", "urgent", "Phoned; GP appointment booked."],
    ]);
    expect(notes[0]!.byName).toBeTruthy();
    expect(await listAcknowledgements(t.db, outsider, patient.id)).toEqual([]);
  });
});
