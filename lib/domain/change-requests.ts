import { addDays, daysBetween, type LocalDate } from "./calendar";

/**
 * Change requests: the patient asks, with context; the physio decides. A request never changes a quota by
 * itself; only the plan revision that answers it does. One request per activity may be open at a time (and
 * one "add an activity").
 */
export const CHANGE_REQUEST_REASONS = [
  "too_easy",
  "too_hard",
  "flare_up",
  "away_or_ill",
  "add_activity",
  "other",
] as const;
export type ChangeRequestReason = (typeof CHANGE_REQUEST_REASONS)[number];

export type ChangeRequestStatus = "open" | "accepted" | "adjusted" | "declined";

/** The reasons in the patient's own words (portal) and in the clinician's (triage list, patient page). */
export const REASON_FOR_PATIENT: Record<ChangeRequestReason, string> = {
  too_easy: "It is too easy",
  too_hard: "It is too hard or too painful",
  flare_up: "I have a flare-up",
  away_or_ill: "I am away or ill",
  add_activity: "I want to add an activity",
  other: "Something else",
};

export const REASON_FOR_CLINICIAN: Record<ChangeRequestReason, string> = {
  too_easy: "too easy",
  too_hard: "too hard",
  flare_up: "flare-up",
  away_or_ill: "away or ill",
  add_activity: "wants to add an activity",
  other: "other",
};

/** "Asks to change Walking: too hard", or "Asks to add an activity: Swimming". */
export function describeRequest(r: {
  activityKey: string | null;
  activityName: string;
  reason: ChangeRequestReason;
}) {
  if (r.activityKey === null) return `Asks to add an activity: ${r.activityName}`;
  return `Asks to change ${r.activityName}: ${REASON_FOR_CLINICIAN[r.reason]}`;
}

/** The key that makes "one open request per activity" (the "add an activity" requests share one). */
export const openSlot = (activityKey: string | null) => activityKey ?? "";

/** Whether a new request for this activity may be opened now (none is open for it). */
export function canOpenRequest(
  open: readonly { activityKey: string | null; status: ChangeRequestStatus }[],
  activityKey: string | null,
): boolean {
  return !open.some((r) => r.status === "open" && openSlot(r.activityKey) === openSlot(activityKey));
}

/** What the patient reads about their request, in plain words. */
export function answerForPatient(r: {
  status: ChangeRequestStatus;
  answerMessage: string | null;
  clinicianName: string;
}): string {
  switch (r.status) {
    case "open":
      return `Waiting for ${r.clinicianName} to answer.`;
    case "accepted":
      return `${r.clinicianName} said yes and changed your plan.`;
    case "adjusted":
      return `${r.clinicianName} changed your plan, but not quite as you asked.`;
    case "declined":
      return `${r.clinicianName} said no for now.`;
  }
}

/** The reason a plan revision records when it answers a request. */
export function revisionReasonFor(
  r: { activityKey: string | null; activityName: string; reason: ChangeRequestReason },
  answer: "accepted" | "adjusted",
  physioReason: string,
) {
  const what = answer === "accepted" ? "Accepted" : "Adjusted";
  return `${what} the patient's change request (${describeRequest(r)}). ${physioReason}`.trim();
}

/**
 * A suggested daily amount as the editor's baseline for a start percentage, so the start quota the engine
 * works out (baseline x share, rounded down per unit) lands on the suggestion.
 */
export function baselineForTarget(target: number, startFraction: number): number {
  return Math.ceil((target / startFraction) * 100) / 100;
}

// ---- Flare-up plan agreed in advance ----

export const FLARE_UP_HOLD_MAX_DAYS = 7;

export const FLARE_UP_HOLD_REASON = "Flare-up hold started by the patient, as agreed";

export type FlareUpPlanSetting = { enabled: boolean; maxDays: number; plan: string };

export type FlareUpHoldCheck =
  | { ok: true; days: number; endsOn: LocalDate }
  | { ok: false; reason: "not_allowed" | "no_flare_up" | "not_seen" | "running" | "no_plan" | "too_long" };

/**
 * Whether the patient may start the hold their physio agreed: the plan must allow it, they must have logged a
 * flare-up today, the physio must have seen the previous hold, and the hold lasts at most the agreed days
 * (never more than a week). The hold covers today and the days after: it ends on `endsOn`.
 */
export function checkFlareUpHold(input: {
  setting: FlareUpPlanSetting | null;
  today: LocalDate;
  flareUpLoggedToday: boolean;
  previousHoldSeen: boolean;
  /** The last day of the latest hold, if any. */
  previousHoldEndsOn?: LocalDate | null;
  planStarted: boolean;
  days: number;
}): FlareUpHoldCheck {
  const { setting } = input;
  if (!setting?.enabled) return { ok: false, reason: "not_allowed" };
  if (!input.planStarted) return { ok: false, reason: "no_plan" };
  if (!input.flareUpLoggedToday) return { ok: false, reason: "no_flare_up" };
  if (!input.previousHoldSeen) return { ok: false, reason: "not_seen" };
  if (input.previousHoldEndsOn && input.previousHoldEndsOn >= input.today)
    return { ok: false, reason: "running" };
  const max = Math.min(setting.maxDays, FLARE_UP_HOLD_MAX_DAYS);
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > max)
    return { ok: false, reason: "too_long" };
  return { ok: true, days: input.days, endsOn: addDays(input.today, input.days - 1) };
}

/** Whether a hold is still running on `today` (it ends on its date). */
export const holdRunning = (hold: { startedOn: LocalDate; endsOn: LocalDate }, today: LocalDate) =>
  hold.startedOn <= today && today <= hold.endsOn;

export const holdDaysLeft = (hold: { endsOn: LocalDate }, today: LocalDate) =>
  Math.max(0, daysBetween(today, hold.endsOn) + 1);
