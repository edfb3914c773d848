import { and, asc, count, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { StaffActor } from "../actor";
import type { Queryable } from "../client";
import { outbox } from "../schema";

export type NewOutboxRow = {
  clinicId: string;
  recipient: string;
  kind: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  headers: Record<string, string> | null;
  dedupeKey: string | null;
  nextAttemptAt?: Date;
};

/**
 * Stores one message to send. With a dedupe key already present nothing is stored and the answer is null, so
 * callers get "at most once" from the unique index, across app instances and restarts.
 */
export async function insertOutboxRow(q: Queryable, row: NewOutboxRow): Promise<string | null> {
  const [inserted] = await q
    .insert(outbox)
    .values({ ...row, nextAttemptAt: row.nextAttemptAt ?? sql`now()` })
    .onConflictDoNothing()
    .returning({ id: outbox.id });
  return inserted?.id ?? null;
}

export type ClaimedMessage = {
  id: string;
  clinicId: string;
  recipient: string;
  kind: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  headers: Record<string, string> | null;
  attempts: number;
};

/**
 * Claims up to `limit` due messages for `leaseMs`: one statement whose inner SELECT takes row locks with SKIP
 * LOCKED, so two instances claiming at once get different rows; the lease (not a held transaction) keeps
 * them claimed while they are sent, and a runner that dies mid-send lets its claim lapse for another to retry.
 * Counts the attempt at claim time, so a message that crashes its sender still runs out of attempts.
 */
export async function claimDueMessages(
  q: Queryable,
  { now, limit, leaseMs }: { now: Date; limit: number; leaseMs: number },
): Promise<ClaimedMessage[]> {
  const due = q
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        eq(outbox.status, "queued"),
        // Due within the same millisecond too: next_attempt_at defaults to the database's now() in
        // microseconds, and a runner's Date taken just after the insert can fall in the same millisecond.
        lt(outbox.nextAttemptAt, new Date(now.getTime() + 1)),
        or(isNull(outbox.lockedUntil), lt(outbox.lockedUntil, now)),
      ),
    )
    .orderBy(asc(outbox.nextAttemptAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  return q
    .update(outbox)
    .set({ lockedUntil: new Date(now.getTime() + leaseMs), attempts: sql`${outbox.attempts} + 1` })
    .where(inArray(outbox.id, due))
    .returning({
      id: outbox.id,
      clinicId: outbox.clinicId,
      recipient: outbox.recipient,
      kind: outbox.kind,
      subject: outbox.subject,
      textBody: outbox.textBody,
      htmlBody: outbox.htmlBody,
      headers: outbox.headers,
      attempts: outbox.attempts,
    });
}

/** The outcome of one send, recorded on the claimed row (and its claim released). */
export type SendOutcome =
  | { status: "sent"; at: Date }
  | { status: "retry"; reason: string; nextAttemptAt: Date }
  | { status: "failed"; reason: string }
  | { status: "held"; reason: string };

export async function recordSendOutcome(
  q: Queryable,
  message: Pick<ClaimedMessage, "id" | "clinicId">,
  outcome: SendOutcome,
): Promise<void> {
  const set =
    outcome.status === "sent"
      ? { status: "sent" as const, sentAt: outcome.at, reason: null }
      : outcome.status === "retry"
        ? { reason: outcome.reason, nextAttemptAt: outcome.nextAttemptAt }
        : outcome.status === "failed"
          ? { status: "failed" as const, reason: outcome.reason, nextAttemptAt: null }
          : { reason: outcome.reason, nextAttemptAt: null };
  await q
    .update(outbox)
    .set({ ...set, lockedUntil: null })
    .where(
      and(eq(outbox.clinicId, message.clinicId), eq(outbox.id, message.id), eq(outbox.status, "queued")),
    );
}

export const OUTBOX_PAGE_SIZE = 50;

export type OutboxListItem = {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  status: "queued" | "sent" | "failed";
  reason: string | null;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
};

/** One page of the actor's clinic's outbox, newest first (admins only: the caller checks the role). */
export async function listClinicOutbox(
  q: Queryable,
  actor: StaffActor,
  page: number,
): Promise<{ items: OutboxListItem[]; total: number }> {
  const where = eq(outbox.clinicId, actor.clinicId);
  const items = await q
    .select({
      id: outbox.id,
      kind: outbox.kind,
      recipient: outbox.recipient,
      subject: outbox.subject,
      status: outbox.status,
      reason: outbox.reason,
      attempts: outbox.attempts,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
    })
    .from(outbox)
    .where(where)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((page - 1) * OUTBOX_PAGE_SIZE);
  const [row] = await q.select({ total: count() }).from(outbox).where(where);
  return { items, total: row?.total ?? 0 };
}

export type OutboxMessage = OutboxListItem & { textBody: string; htmlBody: string | null };

/** One message of the actor's clinic; another clinic's reads as nothing. */
export async function getClinicOutboxMessage(
  q: Queryable,
  actor: StaffActor,
  id: string,
): Promise<OutboxMessage | null> {
  const [row] = await q
    .select({
      id: outbox.id,
      kind: outbox.kind,
      recipient: outbox.recipient,
      subject: outbox.subject,
      status: outbox.status,
      reason: outbox.reason,
      attempts: outbox.attempts,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
      textBody: outbox.textBody,
      htmlBody: outbox.htmlBody,
    })
    .from(outbox)
    .where(and(eq(outbox.id, id), eq(outbox.clinicId, actor.clinicId)))
    .limit(1);
  return row ?? null;
}
