import type { LocalDate } from "./calendar";

/** Why an episode of care ended. The order is the order a physio is offered them in. */
export const DISCHARGE_REASONS = ["goals_met", "self_managing", "referred_on", "did_not_continue"] as const;
export type DischargeReason = (typeof DISCHARGE_REASONS)[number];

export const DISCHARGE_REASON_LABEL: Record<DischargeReason, string> = {
  goals_met: "Goals met",
  self_managing: "Self-managing",
  referred_on: "Referred on",
  did_not_continue: "Did not continue",
};

export type EpisodeSpan = { number: number; startedOn: LocalDate; endedOn: LocalDate | null };

/**
 * The episodes of a patient as stored, with the first one filled in when none is stored yet: a patient is
 * in their first episode from the day they were added until a discharge writes its row.
 */
export function episodeSpans<E extends EpisodeSpan>(
  stored: readonly E[],
  addedOn: LocalDate,
): (E | EpisodeSpan)[] {
  if (stored.length > 0) return [...stored].sort((a, b) => a.number - b.number);
  return [{ number: 1, startedOn: addedOn, endedOn: null }];
}

/** Whether a day falls in an episode (its first and last day included; an open episode runs on). */
export const inEpisode = (span: EpisodeSpan, day: LocalDate) =>
  day >= span.startedOn && (span.endedOn === null || day <= span.endedOn);

/** What the portal says when a discharged patient tries to log a day or answer the check-in. */
export const CARE_ENDED =
  "Your care with the clinic has ended, so the diary is closed. If you need help again, contact the clinic.";
