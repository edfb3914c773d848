import "server-only";
import type { PatientActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { listOwnEntries } from "@/db/queries/diary";
import { lastOwnCheckIn, ownHistoryAnswered } from "@/db/queries/red-flags";
import { addDays } from "@/lib/domain/calendar";
import { CHECK_IN_RULES, checkInDue } from "@/lib/domain/red-flags";

/** Whether the signed-in patient should answer the red-flag check-in today, and why (null when not due). */
export async function ownCheckInDue(db: Database, actor: PatientActor, today: string) {
  const from = addDays(today, -(CHECK_IN_RULES.rise.baselineDays + CHECK_IN_RULES.diaryLookbackDays + 1));
  const [lastCheckIn, entries] = await Promise.all([
    lastOwnCheckIn(db, actor),
    listOwnEntries(db, actor, from, today),
  ]);
  return checkInDue({
    today,
    lastCheckIn,
    days: entries.map((e) => ({
      date: e.date,
      savedAt: e.updatedAt,
      painNow: e.painNow,
      painAverage: e.painAverage,
      flareUp: e.flareUp,
    })),
  });
}

/** Whether the check-in asks the fixed-history questions, or only whether anything changed. */
export const ownHistoryKnown = ownHistoryAnswered;
