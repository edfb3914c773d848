import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { PatientActor, StaffActor } from "@/db/actor";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { makeClinicianAndOutsider, makePatient, makeStaff, patientActor } from "@/db/testing/factories";
import { auditEvents, messages, outbox, users } from "@/db/schema";
import { clinicThreadStates, listOwnThread, listThread, ownUnreadCount } from "@/db/queries/messages";
import { triageRow } from "@/lib/triage/triage-list";
import { messageInput } from "@/lib/validation/message";
import { markOwnThreadRead, markThreadRead } from "./mark-read";
import { sendMessage, sendOwnMessage } from "./send-message";

const meta = { ip: null, userAgent: null };
let t: TestDatabase;
let anna: StaffActor;
let tom: StaffActor;
let outsider: StaffActor;

beforeAll(async () => {
  t = await createTestDatabase();
  ({ clinician: anna, outsider } = await makeClinicianAndOutsider(t.db));
  tom = await makeStaff(t.db, anna.clinicId, { name: "Tom" });
});
afterAll(() => t.destroy());

const message = (body = "Is stiffness normal?", clientId: string = crypto.randomUUID()) =>
  messageInput.parse({ clientId, body });

async function newPatient(timeZone = "Europe/London"): Promise<PatientActor> {
  return patientActor(await makePatient(t.db, anna, { withAccount: true, timeZone }));
}

const patientCtx = (actor: PatientActor) => ({ db: t.db, actor, meta });
const staffCtx = (actor: StaffActor) => ({ db: t.db, actor, meta });

const setSentAt = (id: string, at: Date) =>
  t.db.update(messages).set({ createdAt: at }).where(eq(messages.id, id));

describe("sending", () => {
  it("stores a resent or double-tapped message once, audited once", async () => {
    const maria = await newPatient();
    const m = message();
    const first = await sendOwnMessage(patientCtx(maria), { message: m });
    const again = await sendOwnMessage(patientCtx(maria), { message: m });
    expect(first.ok && first.value.status).toBe("created");
    expect(again.ok && again.value.status).toBe("resent");
    expect(again.ok && first.ok && again.value.id === first.value.id).toBe(true);
    expect(await listOwnThread(t.db, maria)).toHaveLength(1);
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, maria.patientId), eq(auditEvents.action, "message.send")));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.details)).not.toContain("stiffness");

    const reply = message("Yes, it usually eases.");
    await sendMessage(staffCtx(anna), { patientId: maria.patientId, message: reply });
    await sendMessage(staffCtx(anna), { patientId: maria.patientId, message: reply });
    expect((await listThread(t.db, anna, maria.patientId)).map((x) => [x.author, x.body])).toEqual([
      ["patient", "Is stiffness normal?"],
      ["staff", "Yes, it usually eases."],
    ]);
  });

  it("keeps threads apart: a patient reads only their own, a clinician only their clinic's", async () => {
    const maria = await newPatient();
    const james = await newPatient();
    await sendOwnMessage(patientCtx(maria), { message: message("Maria's question") });
    await sendOwnMessage(patientCtx(james), { message: message("James's question") });
    expect((await listOwnThread(t.db, james)).map((m) => m.body)).toEqual(["James's question"]);
    expect(await listThread(t.db, outsider, maria.patientId)).toEqual([]);
    expect(await clinicThreadStates(t.db, outsider)).toEqual(new Map());
    const refused = await sendMessage(staffCtx(outsider), {
      patientId: maria.patientId,
      message: message("Hi"),
    });
    expect(refused).toEqual({ ok: false, error: { code: "not_found" } });
    expect((await markThreadRead(staffCtx(outsider), { patientId: maria.patientId })).ok).toBe(false);
    expect(await listThread(t.db, anna, maria.patientId)).toHaveLength(1);
  });

  it("a client id reused by the other side of the thread is refused, not taken as the same message", async () => {
    const maria = await newPatient();
    const id = crypto.randomUUID();
    await sendMessage(staffCtx(anna), { patientId: maria.patientId, message: message("From Anna", id) });
    const mine = await sendOwnMessage(patientCtx(maria), { message: message("From Maria", id) });
    expect(mine.ok).toBe(false);
    expect((await listOwnThread(t.db, maria)).map((m) => m.body)).toEqual(["From Anna"]);
  });
});

describe("read state", () => {
  it("is kept per reader: the patient, and each clinician", async () => {
    const maria = await newPatient();
    await sendOwnMessage(patientCtx(maria), { message: message("One") });
    await sendOwnMessage(patientCtx(maria), { message: message("Two") });
    expect((await clinicThreadStates(t.db, anna, maria.patientId)).get(maria.patientId)?.unread).toBe(2);
    expect((await clinicThreadStates(t.db, tom, maria.patientId)).get(maria.patientId)?.unread).toBe(2);
    await markThreadRead(staffCtx(anna), { patientId: maria.patientId });
    expect((await clinicThreadStates(t.db, anna, maria.patientId)).get(maria.patientId)?.unread).toBe(0);
    expect((await clinicThreadStates(t.db, tom, maria.patientId)).get(maria.patientId)?.unread).toBe(2);
    // The patient's own messages are never unread for them; the care team's are until they open the thread.
    expect(await ownUnreadCount(t.db, maria)).toBe(0);
    await sendMessage(staffCtx(tom), { patientId: maria.patientId, message: message("Reply") });
    expect(await ownUnreadCount(t.db, maria)).toBe(1);
    expect((await clinicThreadStates(t.db, tom, maria.patientId)).get(maria.patientId)?.unread).toBe(0);
    await markOwnThreadRead(patientCtx(maria));
    expect(await ownUnreadCount(t.db, maria)).toBe(0);
    expect((await triageRow(t.db, anna, maria.patientId))?.unreadMessages).toBe(0);
  });
});

describe("the unanswered-message alert", () => {
  const alertOf = async (patientId: string, now: Date) =>
    (await triageRow(t.db, anna, patientId, now))?.alerts.find((a) => a.rule === "message_unanswered");

  it("a Friday message alerts on Monday after the same time, not at the weekend", async () => {
    const maria = await newPatient("Europe/London");
    const sent = await sendOwnMessage(patientCtx(maria), { message: message("Friday question") });
    if (!sent.ok) throw new Error("not sent");
    // Friday 2026-03-13 16:00 in London (GMT).
    await setSentAt(sent.value.id, new Date("2026-03-13T16:00:00Z"));
    expect(await alertOf(maria.patientId, new Date("2026-03-14T17:00:00Z"))).toBeUndefined();
    expect(await alertOf(maria.patientId, new Date("2026-03-16T15:59:00Z"))).toBeUndefined();
    expect(await alertOf(maria.patientId, new Date("2026-03-16T16:00:00Z"))).toBeUndefined();
    expect(await alertOf(maria.patientId, new Date("2026-03-16T16:01:00Z"))).toMatchObject({
      severity: "low",
      evidenceDate: "2026-03-13",
    });
    // A reply from the care team answers it.
    const reply = await sendMessage(staffCtx(tom), {
      patientId: maria.patientId,
      message: message("Answer"),
    });
    if (!reply.ok) throw new Error("not sent");
    await setSentAt(reply.value.id, new Date("2026-03-16T17:00:00Z"));
    expect(await alertOf(maria.patientId, new Date("2026-03-17T12:00:00Z"))).toBeUndefined();
  });

  it("counts the working day in the patient's time zone", async () => {
    const daniel = await newPatient("America/Los_Angeles");
    const sent = await sendOwnMessage(patientCtx(daniel), { message: message("Late Friday") });
    if (!sent.ok) throw new Error("not sent");
    // Friday 2026-03-13 23:30 in Los Angeles: already Saturday in UTC.
    await setSentAt(sent.value.id, new Date("2026-03-14T06:30:00Z"));
    expect(await alertOf(daniel.patientId, new Date("2026-03-17T06:29:00Z"))).toBeUndefined();
    expect(await alertOf(daniel.patientId, new Date("2026-03-17T06:31:00Z"))).toBeDefined();
  });
});

describe("notifying the other side", () => {
  it("emails the physio of a patient's message and the patient of a reply, with no message text, once an hour", async () => {
    const maria = await newPatient();
    const sentTo = async (userId: string) => {
      const [user] = await t.db.select().from(users).where(eq(users.id, userId));
      return t.db
        .select()
        .from(outbox)
        .where(and(eq(outbox.recipient, user!.email), eq(outbox.kind, "message")));
    };
    await sendOwnMessage(patientCtx(maria), { message: message("My knee hurts when I climb stairs") });
    await sendOwnMessage(patientCtx(maria), { message: message("And my back too") });
    // Anna has other patients in this file: her notices about Maria's thread link to Maria's page.
    const toAnna = (await sentTo(anna.userId)).filter((m) => m.dedupeKey?.includes(maria.patientId));
    expect(toAnna).toHaveLength(1);
    expect(toAnna[0]!.textBody).toContain(`/patients/${maria.patientId}#messages`);
    expect(toAnna[0]!.textBody + toAnna[0]!.subject).not.toMatch(/knee|back|stairs/i);
    expect(await sentTo(tom.userId)).toHaveLength(0);

    await sendMessage(staffCtx(anna), { patientId: maria.patientId, message: message("Try the handrail.") });
    const toMaria = await sentTo(maria.userId);
    expect(toMaria).toHaveLength(1);
    expect(toMaria[0]!.textBody).toContain("/portal/messages");
    expect(toMaria[0]!.textBody).not.toContain("handrail");
  });
});
