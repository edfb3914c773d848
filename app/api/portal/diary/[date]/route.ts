import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getOwnEntry } from "@/db/queries/diary";
import { requestMeta } from "@/lib/auth/request-meta";
import { patientOrStatus } from "@/lib/auth/session";
import { saveDiaryEntry } from "@/lib/diary/save-entry";
import { ownCheckInStatus } from "@/lib/safety/check-in-status";
import { isLocalDate } from "@/lib/domain/calendar";
import { diaryInput } from "@/lib/validation/diary";
import { issuesByPath } from "@/lib/validation/form-state";

type Params = { params: Promise<{ date: string }> };

const json = (status: number, body: unknown) =>
  NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
const denied = (status: 401 | 404) =>
  json(status, { error: status === 401 ? "Please sign in again." : "Not found." });

/** The signed-in patient's entry for one of their local days (null when there is none). */
export async function GET(_request: Request, { params }: Params) {
  const who = await patientOrStatus();
  if ("status" in who) return denied(who.status);
  const { date } = await params;
  if (!isLocalDate(date)) return json(404, { error: "Not found." });
  return json(200, { entry: await getOwnEntry(await getDb(), who.actor, date) });
}

/**
 * Saves the day. Idempotent: the body carries a device-generated submission id, so a retry after a dropped
 * connection answers 200 with the stored entry instead of storing it twice. 409 when the day was changed
 * elsewhere since the form was opened; 422 with field messages for bad input (nothing stored).
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
  const parsed = diaryInput.safeParse(body);
  if (!parsed.success)
    return json(422, { error: "Please check the highlighted answers.", fields: issuesByPath(parsed.error) });

  const db = await getDb();
  const result = await saveDiaryEntry(db, who.actor, date, parsed.data, await requestMeta());
  switch (result.status) {
    case "not_found":
      return json(404, { error: "Not found." });
    case "invalid":
      return json(422, { error: Object.values(result.errors)[0], fields: result.errors });
    case "conflict":
      return json(409, { error: "This day was changed on another device.", entry: result.entry });
    default: {
      // Saving a worrying day (high pain, a rise, a flare-up) asks the safety questions straight away.
      const checkIn = await ownCheckInStatus(db, who.actor, result.today);
      return json(result.status === "created" ? 201 : 200, {
        status: result.status,
        entry: result.entry,
        checkIn: checkIn?.trigger === "diary" && checkIn.day === date ? checkIn.reason : null,
      });
    }
  }
}
