import "server-only";
import { getDb } from "@/db/client";
import { getOwnEntry } from "@/db/queries/diary";
import { auditView } from "@/lib/auth/audit-view";
import { patientOrStatus } from "@/lib/auth/session";
import { saveDiaryEntry } from "@/lib/diary/save-entry";
import { ownCheckInDue } from "@/lib/red-flags/check-in-due";
import { isLocalDate } from "@/lib/domain/calendar";
import { diaryInput } from "@/lib/validation/diary";
import { httpError, json, patientWrite } from "@/lib/actions/route-write";
import { parseWith } from "@/lib/result/result";

type Params = { params: Promise<{ date: string }> };

const denied = (status: 401 | 404) =>
  json(status, { error: status === 401 ? "Please sign in again." : "Not found." });

/** The signed-in patient's entry for one of their local days (null when there is none). */
export async function GET(_request: Request, { params }: Params) {
  const who = await patientOrStatus();
  if ("status" in who) return denied(who.status);
  const { date } = await params;
  if (!isLocalDate(date)) return json(404, { error: "Not found." });
  const db = await getDb();
  const entry = await getOwnEntry(db, who.actor, date);
  await auditView(db, who.actor, "portal.diary_day.view", who.actor.patientId, { date });
  return json(200, { entry });
}

/**
 * Saves the day. Idempotent: the body carries a device-generated submission id, so a retry after a dropped
 * connection answers 200 with the stored entry instead of storing it twice. 409 when the day was changed
 * elsewhere since the form was opened; 422 with field messages for bad input (nothing stored); 429 past the
 * write limit.
 */
export async function PUT(request: Request, { params }: Params) {
  const who = await patientOrStatus();
  if ("status" in who) return denied(who.status);
  const { date } = await params;
  if (!isLocalDate(date)) return json(404, { error: "Not found." });

  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json(400, { error: "The request could not be read." });
  }
  const input = parseWith(diaryInput, body);
  if (!input.ok) return httpError(input.error);
  const ctx = await patientWrite(who.actor);
  if (!ctx.ok) return httpError(ctx.error);
  const saved = await saveDiaryEntry(ctx.value, { date, input: input.value });
  if (!saved.ok) return httpError(saved.error);
  // Saving a worrying day (high pain, a rise, a flare-up) asks the red-flag questions straight away.
  const checkIn = await ownCheckInDue(ctx.value.db, who.actor, saved.value.today);
  return json(saved.value.status === "created" ? 201 : 200, {
    status: saved.value.status,
    entry: saved.value.entry,
    checkIn: checkIn?.trigger === "diary" && checkIn.day === date ? checkIn.reason : null,
  });
}
