import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimDueMessages } from "@/db/queries/outbox";
import { outbox } from "@/db/schema";
import { makeClinic } from "@/db/testing/factories";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { startSmtpTestServer, type SmtpTestServer } from "./testing/smtp-test-server";
import { enqueueEmail } from "./enqueue-email";
import { smtpSender, type MailSender } from "./mail-sender";
import { NO_MAIL_SERVER, sendDueEmail } from "./send-due-email";

let t: TestDatabase;
let smtp: SmtpTestServer;
let sender: MailSender;
let clinicId: string;
const quiet = () => {};

beforeAll(async () => {
  t = await createTestDatabase();
  smtp = await startSmtpTestServer();
  sender = smtpSender(smtp.url, "Gradus <gradus@clinic.test>");
  clinicId = (await makeClinic(t.db)).id;
});
afterAll(async () => {
  if (sender.kind === "smtp") sender.close();
  await smtp.close();
  await t.destroy();
});

const message = (overrides: Partial<Parameters<typeof enqueueEmail>[1]> = {}) => ({
  clinicId,
  to: "someone@example.test",
  kind: "invite" as const,
  subject: "Your Gradus invite",
  text: "Open this link: http://localhost:3000/invite/abc",
  html: "<p>Open <a href='http://localhost:3000/invite/abc'>this link</a></p>",
  ...overrides,
});

const rowOf = async (id: string) => (await t.db.select().from(outbox).where(eq(outbox.id, id)))[0]!;

describe("outbox", () => {
  it("stores a message in the caller's transaction, at most once per dedupe key", async () => {
    const first = await t.db.transaction((tx) => enqueueEmail(tx, message({ dedupeKey: "k-1" })));
    const second = await t.db.transaction((tx) => enqueueEmail(tx, message({ dedupeKey: "k-1" })));
    expect(first.inserted).toBe(true);
    expect(second).toEqual({ inserted: false, id: null });
    // A rolled-back change leaves no message behind.
    await t.db
      .transaction(async (tx) => {
        await enqueueEmail(tx, message({ dedupeKey: "k-2" }));
        throw new Error("roll back");
      })
      .catch(() => {});
    expect(await t.db.select().from(outbox).where(eq(outbox.dedupeKey, "k-2"))).toHaveLength(0);
    await t.db.delete(outbox);
  });

  it("sends through SMTP with plain-text and HTML bodies", async () => {
    const { id } = await enqueueEmail(
      t.db,
      message({ headers: { "List-Unsubscribe": "<http://x.test/u>" } }),
    );
    const report = await sendDueEmail({ db: t.db, sender, log: quiet });
    expect(report).toEqual({ sent: 1, retried: 0, failed: 0, held: 0 });
    const [mail] = await smtp.waitFor(1);
    expect(mail!.subject).toBe("Your Gradus invite");
    expect(mail!.from?.text).toContain("gradus@clinic.test");
    expect(mail!.text).toContain("http://localhost:3000/invite/abc");
    expect(mail!.html).toContain("<a");
    expect(mail!.headerLines.find((h) => h.key === "list-unsubscribe")?.line).toContain("http://x.test/u");
    expect(await rowOf(id!)).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("retries after a transient SMTP failure (451) and fails a permanent one (550) with the reason", async () => {
    smtp.received.length = 0;
    const { id } = await enqueueEmail(t.db, message({ subject: "Retry me" }));
    smtp.refuseNext(451);
    const start = new Date();
    expect(await sendDueEmail({ db: t.db, sender, now: start, log: quiet })).toMatchObject({ retried: 1 });
    const waiting = await rowOf(id!);
    expect(waiting).toMatchObject({ status: "queued", attempts: 1 });
    expect(waiting.reason).toMatch(/451|later/i);
    expect(waiting.nextAttemptAt!.getTime()).toBeGreaterThan(start.getTime());
    // Not due yet: nothing is tried.
    expect(await sendDueEmail({ db: t.db, sender, now: start, log: quiet })).toMatchObject({
      retried: 0,
      sent: 0,
    });
    // Once due, it goes out.
    const later = new Date(waiting.nextAttemptAt!.getTime() + 1000);
    expect(await sendDueEmail({ db: t.db, sender, now: later, log: quiet })).toMatchObject({ sent: 1 });
    const [mail] = await smtp.waitFor(1);
    expect(mail!.subject).toBe("Retry me");
    expect(await rowOf(id!)).toMatchObject({ status: "sent", attempts: 2 });

    const refused = await enqueueEmail(t.db, message({ subject: "Refuse me" }));
    smtp.refuseNext(550);
    expect(await sendDueEmail({ db: t.db, sender, now: later, log: quiet })).toMatchObject({ failed: 1 });
    const failed = await rowOf(refused.id!);
    expect(failed.status).toBe("failed");
    expect(failed.reason).toMatch(/550|refused/i);
  });

  it("keeps messages in the outbox and prints them when there is no mail server", async () => {
    const { id } = await enqueueEmail(t.db, message({ subject: "Held" }));
    const lines: string[] = [];
    const report = await sendDueEmail({ db: t.db, sender: { kind: "none" }, log: (l) => lines.push(l) });
    expect(report.held).toBe(1);
    expect(lines.join("\n")).toContain("http://localhost:3000/invite/abc");
    expect(await rowOf(id!)).toMatchObject({ status: "queued", reason: NO_MAIL_SERVER, nextAttemptAt: null });
    // Held messages are not printed again.
    expect((await sendDueEmail({ db: t.db, sender: { kind: "none" }, log: quiet })).held).toBe(0);
  });

  it("gives each due message to exactly one of two claimers running at once", async () => {
    await t.db.delete(outbox);
    for (let i = 0; i < 10; i++) await enqueueEmail(t.db, message({ subject: `Batch ${i}` }));
    const now = new Date(Date.now() + 1000);
    const [a, b] = await Promise.all([
      t.db.transaction((tx) => claimDueMessages(tx, { now, limit: 6, leaseMs: 60_000 })),
      t.db.transaction((tx) => claimDueMessages(tx, { now, limit: 6, leaseMs: 60_000 })),
    ]);
    const ids = [...a, ...b].map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(10);
    // A lapsed claim (a runner died mid-send) is claimed again, never lost.
    const afterLease = new Date(now.getTime() + 61_000);
    expect(await claimDueMessages(t.db, { now: afterLease, limit: 20, leaseMs: 60_000 })).toHaveLength(10);
  });
});
