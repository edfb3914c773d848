import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { auditEvents } from "../schema";
import { recordAudit } from "./audit";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await recordAudit(t.db, { action: "test.event", details: { n: 1 } });
});
afterAll(() => t.destroy());

describe("audit_events", () => {
  it("stores events with a UTC timestamp", async () => {
    const [row] = await t.db.select().from(auditEvents);
    expect(row).toMatchObject({ action: "test.event", details: { n: 1 } });
    expect(Math.abs(row!.at.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it.each([
    ["UPDATE", sql`UPDATE audit_events SET action = 'tampered'`],
    ["DELETE", sql`DELETE FROM audit_events`],
    ["TRUNCATE", sql`TRUNCATE audit_events`],
  ])("refuses %s", async (_op, statement) => {
    // drizzle wraps the driver's error; the database's own refusal is its cause.
    await expect(t.db.execute(statement)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/append-only/) },
    });
    expect(await t.db.select().from(auditEvents)).toHaveLength(1);
  });
});
