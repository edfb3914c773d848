import { TZDate } from "@date-fns/tz";
import { addDays, isWeekend } from "date-fns";

/** How long a patient's message may wait for the care team's answer before it raises a low alert. */
export const MESSAGE_REPLY_WORKING_DAYS = 1;

/** The longest message, in characters (patient and care team alike). */
export const MESSAGE_MAX_LENGTH = 2000;

/**
 * When a patient's message sent at `sentAt` becomes overdue: the same wall-clock time on the next working day
 * (Monday to Friday) in `timeZone`. A Friday 10:00 message is due on Monday 10:00, never on the Saturday;
 * a Saturday or Sunday message is due on Monday at the same time. Computed in the zone, so a change to or
 * from summer time keeps the local hour.
 */
export function replyDueAt(sentAt: Date, timeZone: string): Date {
  let due = new TZDate(sentAt.getTime(), timeZone);
  for (let n = 0; n < MESSAGE_REPLY_WORKING_DAYS; n++) {
    due = addDays(due, 1);
    while (isWeekend(due)) due = addDays(due, 1);
  }
  return new Date(due.getTime());
}

/** Whether a message unanswered since `sentAt` has waited more than one working day at `now`. */
export const isReplyOverdue = (sentAt: Date, now: Date, timeZone: string) =>
  now.getTime() > replyDueAt(sentAt, timeZone).getTime();

/** A minute count to suggest logging for time spent writing a message (rounded up, 1 at least, 120 at most). */
export function suggestedMinutes(startedAt: number, sentAt: number): number {
  return Math.min(120, Math.max(1, Math.ceil((sentAt - startedAt) / 60_000)));
}
