import { addDays, daysBetween, type LocalDate } from "./calendar";
import { meanOf } from "./series";

/**
 * Red-flag screening (docs/ARCHITECTURE.md, Clinical rules). The product screens and escalates; it never
 * diagnoses. Questions are written for a reading age of about 11: short words, one thing per question.
 */
export type RedFlagTier = "none" | "urgent" | "emergency";

export const RED_FLAG_QUESTIONS = [
  {
    key: "saddle_numbness",
    tier: "emergency",
    label: "numbness around the genitals, inner thighs or back passage",
    text: "Is there numbness or tingling around your private parts, your inner thighs or your bottom?",
  },
  {
    key: "bladder",
    tier: "emergency",
    label: "new bladder problems",
    text: "Is it new that you find it hard to pee, cannot hold your pee, or leak pee?",
  },
  {
    key: "bowel",
    tier: "emergency",
    label: "new loss of bowel control",
    text: "Is it new that you cannot control when you poo?",
  },
  {
    key: "leg_weakness",
    tier: "emergency",
    label: "leg weakness or numbness getting worse quickly",
    text: "Is one leg or both legs getting weaker or more numb, and quickly?",
  },
  {
    key: "fever",
    tier: "urgent",
    label: "fever or feeling unwell",
    text: "Do you have a fever, or feel unwell in your whole body, as well as the back pain?",
  },
  {
    key: "weight_loss",
    tier: "urgent",
    label: "unexplained weight loss",
    text: "Have you lost weight without trying to?",
  },
  {
    key: "night_pain",
    tier: "urgent",
    label: "severe night pain no position eases",
    text: "Is the pain very bad at night, and no way of lying makes it easier?",
  },
  {
    key: "injury",
    tier: "urgent",
    label: "pain after a fall or accident",
    text: "Did this pain start after a fall or an accident?",
  },
  {
    key: "cancer",
    tier: "urgent",
    label: "history of cancer with new back pain",
    text: "Have you ever had cancer, and is this back pain new?",
  },
  {
    key: "leg_pain",
    tier: "urgent",
    label: "pain spreading down a leg",
    text: "Is pain spreading down one of your legs?",
  },
] as const satisfies readonly {
  key: string;
  tier: Exclude<RedFlagTier, "none">;
  /** Clinical wording for the clinician's alert. */
  label: string;
  /** Plain wording for the patient. */
  text: string;
}[];

export type RedFlagKey = (typeof RED_FLAG_QUESTIONS)[number]["key"];
export type RedFlagAnswers = Record<RedFlagKey, boolean>;
export const RED_FLAG_KEYS = RED_FLAG_QUESTIONS.map((q) => q.key) as [RedFlagKey, ...RedFlagKey[]];

/** The most serious tier any "yes" answer belongs to. */
export function redFlagTier(answers: RedFlagAnswers): RedFlagTier {
  const yes = RED_FLAG_QUESTIONS.filter((q) => answers[q.key]);
  if (yes.some((q) => q.tier === "emergency")) return "emergency";
  if (yes.length > 0) return "urgent";
  return "none";
}

/** The questions answered "yes", most serious first: what the clinician reads at the top of an alert. */
export function positiveAnswers(answers: Partial<Record<string, boolean>>) {
  return RED_FLAG_QUESTIONS.filter((q) => answers[q.key] === true).sort((a, b) =>
    a.tier === b.tier ? 0 : a.tier === "emergency" ? -1 : 1,
  );
}

/** When the check-in is asked again (docs/ARCHITECTURE.md: weekly, and after a worrying diary day). */
export const CHECK_IN_RULES = {
  weeklyDays: 7,
  painAtLeast: 7,
  rise: { points: 2, baselineDays: 7 },
  /** A worrying entry from yesterday still prompts this morning. */
  diaryLookbackDays: 1,
} as const;

export type CheckInTrigger = "onboarding" | "weekly" | "diary";

export type CheckInSignals = {
  today: LocalDate;
  lastCheckInOn: LocalDate | null;
  /** Recent diary days, oldest first (at least the last 8 days are needed to judge a rise). */
  days: { date: LocalDate; painNow: number | null; painAverage: number | null; flareUp: boolean }[];
};

/** Why a diary day calls for a check-in, in words for the patient; null when it does not. */
export function diaryTriggerReason(
  day: CheckInSignals["days"][number],
  before: CheckInSignals["days"],
  rules = CHECK_IN_RULES,
): string | null {
  const worst = Math.max(day.painNow ?? 0, day.painAverage ?? 0);
  if (day.flareUp) return "You logged a flare-up.";
  if (worst >= rules.painAtLeast) return `You logged pain of ${worst} out of 10.`;
  const from = addDays(day.date, -rules.rise.baselineDays);
  const usual = meanOf(before.filter((d) => d.date >= from && d.date < day.date).map((d) => d.painAverage));
  if (day.painAverage !== null && usual !== null && day.painAverage - usual >= rules.rise.points)
    return `Your pain is ${day.painAverage} out of 10, higher than your usual ${usual.toFixed(1)}.`;
  return null;
}

/**
 * Whether the patient should answer the red-flag check-in now, and why. A worrying diary day comes first;
 * a check-in answered on or after that day already covers it.
 */
export function checkInDue(
  s: CheckInSignals,
  rules = CHECK_IN_RULES,
): { trigger: CheckInTrigger; reason: string; day?: LocalDate } | null {
  const recent = s.days.filter(
    (d) => daysBetween(d.date, s.today) <= rules.diaryLookbackDays && d.date <= s.today,
  );
  for (const day of recent.reverse()) {
    if (s.lastCheckInOn !== null && s.lastCheckInOn >= day.date) break;
    const reason = diaryTriggerReason(day, s.days, rules);
    if (reason) return { trigger: "diary", reason, day: day.date };
  }
  if (s.lastCheckInOn === null)
    return { trigger: "onboarding", reason: "Before you start, a few quick safety questions." };
  if (daysBetween(s.lastCheckInOn, s.today) >= rules.weeklyDays)
    return { trigger: "weekly", reason: "It is time for your weekly safety questions." };
  return null;
}
