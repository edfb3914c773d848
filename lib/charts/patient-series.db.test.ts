import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/db/actor";
import { diaryEntries, episodes } from "@/db/schema";
import { makeClinicianAndOutsider, makePatient } from "@/db/testing/factories";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { addDays } from "@/lib/domain/calendar";
import { localDate } from "@/lib/domain/local-time";
import { patientSeries } from "./patient-series";

const tz = "Europe/London";
let t: TestDatabase;
let physio: StaffActor;
let outsider: StaffActor;

beforeAll(async () => {
  t = await createTestDatabase();
  ({ clinician: physio, outsider } = await makeClinicianAndOutsider(t.db));
});
afterAll(() => t.destroy());

describe("charts of one episode of care", () => {
  it("keeps an earlier episode's charts inside its own days, and the current view inside the current one", async () => {
    const today = localDate(tz);
    const day = (offset: number) => addDays(today, offset);
    // Added 60 days ago; episode 1 ran to 21 days ago, episode 2 began 10 days ago.
    const patient = await makePatient(t.db, physio, {
      withAccount: true,
      timeZone: tz,
      createdAt: new Date(Date.now() - 60 * 86_400_000),
    });
    await t.db.insert(episodes).values([
      {
        clinicId: physio.clinicId,
        patientId: patient.id,
        number: 1,
        startedOn: day(-60),
        endedOn: day(-21),
        dischargeReason: "goals_met",
      },
      { clinicId: physio.clinicId, patientId: patient.id, number: 2, startedOn: day(-10) },
    ]);
    // One diary day in each stretch: inside episode 1 (-30, -22), between the episodes (-15), in episode 2 (-5).
    await t.db.insert(diaryEntries).values(
      [-30, -22, -15, -5].map((offset) => ({
        clinicId: physio.clinicId,
        patientId: patient.id,
        entryDate: day(offset),
        clientId: crypto.randomUUID(),
        painNow: 4,
        painAverage: 4,
      })),
    );
    const logged = (s: NonNullable<Awaited<ReturnType<typeof patientSeries>>>) =>
      s.points.filter((p) => p.painAverage !== null).map((p) => p.date);

    const first = (await patientSeries(t.db, physio, patient.id, "4w", new Date(), 1))!;
    expect(first).toMatchObject({ from: day(-48), to: day(-21) });
    expect(logged(first)).toEqual([day(-30), day(-22)]);
    const firstAll = (await patientSeries(t.db, physio, patient.id, "all", new Date(), 1))!;
    expect(firstAll).toMatchObject({ from: day(-60), to: day(-21) });

    // The open episode runs to today and starts on its own first day.
    const second = (await patientSeries(t.db, physio, patient.id, "all", new Date(), 2))!;
    expect(second).toMatchObject({ from: day(-10), to: today });
    expect(logged(second)).toEqual([day(-5)]);

    // Without an episode: the whole care as before.
    const whole = (await patientSeries(t.db, physio, patient.id, "all"))!;
    expect(logged(whole)).toEqual([day(-30), day(-22), day(-15), day(-5)]);

    // An episode the patient does not have, and another clinic's patient, read as nothing.
    expect(await patientSeries(t.db, physio, patient.id, "4w", new Date(), 3)).toBeNull();
    expect(await patientSeries(t.db, outsider, patient.id, "4w", new Date(), 1)).toBeNull();
  });
});
