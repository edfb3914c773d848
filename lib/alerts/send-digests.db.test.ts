import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "@/db/schema";
import { randomUUID } from "node:crypto";
import { storeRedFlagReport } from "@/lib/red-flags/submit-check-in";
import { makeClinic, makePatient, makeStaff, patientActor } from "@/db/testing/factories";
import { RED_FLAG_KEYS } from "@/lib/domain/red-flags";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { sendDigests } from "./send-digests";
import { setDigest } from "./set-digest";

const meta = { ip: "203.0.113.80", userAgent: "vitest" };
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

describe("morning digest", () => {
  it("is opt-in, sent once a clinic morning with a count and no names, and not outside the morning", async () => {
    const clinic = await makeClinic(t.db, { timeZone: "Europe/London" });
    const physio = await makeStaff(t.db, clinic.id);
    const quiet = await makeStaff(t.db, clinic.id);
    // One patient needs attention: an urgent red-flag answer nobody has reviewed yet.
    const patient = await makePatient(t.db, physio, { withAccount: true, fullName: "Olwen Digestworth" });
    await storeRedFlagReport(
      { db: t.db, actor: patientActor(patient), meta },
      {
        clientId: randomUUID(),
        trigger: "weekly",
        answeredOn: "2026-11-19",
        answers: Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, k === "fever"])),
        tier: "urgent",
      },
    );
    const morning = new Date("2026-11-20T07:30:00Z");

    expect(await sendDigests(t.db, morning)).toEqual({ queued: 0 });
    await setDigest({ db: t.db, actor: physio, meta }, true);
    await setDigest({ db: t.db, actor: quiet, meta }, false);
    const first = await sendDigests(t.db, morning);
    const again = await sendDigests(t.db, new Date("2026-11-20T08:10:00Z"));
    const rows = await t.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.clinicId, clinic.id), eq(outbox.kind, "digest")));
    expect(first.queued).toBe(1);
    expect(rows).toHaveLength(1);
    expect(again.queued).toBe(0);
    for (const row of rows) {
      expect(row.recipient).toBe(physio.email);
      expect(row.textBody).toContain("1 patient needs attention today.");
      expect(row.textBody).not.toContain("Olwen");
    }
    expect(await sendDigests(t.db, new Date("2026-11-20T12:00:00Z"))).toEqual({ queued: 0 });
  });
});
