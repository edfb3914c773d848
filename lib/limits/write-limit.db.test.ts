import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { limitWrites, REFUSALS_AUDITED_PER_WINDOW, shouldAuditRefusal } from "./write-limit";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

const limits = { perAccount: 30, perAddress: 300 };
const at = new Date("2026-03-10T10:00:05Z");
const write = (userId: string, ip: string | null, now = at) =>
  limitWrites(t.db, { userId }, { ip }, now, limits);

describe("limitWrites", () => {
  it("refuses the 31st write of one account in a minute (50 edits in a row no longer all land)", async () => {
    const userId = randomUUID();
    const answers = [];
    for (let i = 0; i < 50; i++) answers.push(await write(userId, "192.0.2.1"));
    expect(answers.filter((a) => a.ok)).toHaveLength(30);
    expect(answers[30]).toEqual({ ok: false, error: { code: "rate_limited", retryAfterSeconds: 55 } });
    // Another account is not held up by this one's writes.
    expect(await write(randomUUID(), "192.0.2.1")).toEqual({ ok: true, value: undefined });
    // The next minute opens a new window.
    expect((await write(userId, "192.0.2.1", new Date("2026-03-10T10:01:00Z"))).ok).toBe(true);
  });

  it("limits an address across accounts, and an unknown address never turns the account limit off", async () => {
    const ip = "198.51.100.77";
    const answers = [];
    for (let i = 0; i < 310; i++) answers.push(await write(randomUUID(), ip));
    expect(answers.filter((a) => a.ok)).toHaveLength(300);
    const userId = randomUUID();
    const anonymous = [];
    for (let i = 0; i < 31; i++) anonymous.push(await write(userId, null));
    expect(anonymous.at(-1)?.ok).toBe(false);
  });
});

describe("shouldAuditRefusal", () => {
  it("audits only the first few refusals per address in 15 minutes", async () => {
    const answers = [];
    for (let i = 0; i < 50; i++) answers.push(await shouldAuditRefusal(t.db, "203.0.113.50", at));
    expect(answers.filter(Boolean)).toHaveLength(REFUSALS_AUDITED_PER_WINDOW);
    expect(await shouldAuditRefusal(t.db, "203.0.113.50", new Date("2026-03-10T10:15:00Z"))).toBe(true);
  });
});
