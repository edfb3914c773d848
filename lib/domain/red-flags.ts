import { addDays, daysBetween, type LocalDate } from "./calendar";
import { meanOf } from "./series";

/**
 * Red-flag screening (docs/ARCHITECTURE.md, Clinical rules). The product screens and escalates; it never
 * diagnoses. Questions are written for a reading age of about 11: short words, one thing per question.
 *
 * The set follows two published sources, named beside each question's tier (`source`):
 * - CES card: the NHS cauda equina syndrome symptom card (GIRFT / Bolton NHS FT, with Greenhalgh, Finucane,
 *   Mercer and Selfe; used across NHS trusts): any of its items means going to A&E now.
 * - NHS back pain: the NHS website's back pain page (nhs.uk/conditions/back-pain): "call 999 or go to A&E"
 *   items are the emergency tier, "urgent GP appointment or call 111" items the urgent tier.
 * - IFOMPT 2020: Finucane et al., International framework for red flags for potential serious spinal
 *   pathologies, JOSPT 2020;50(7):350-372 (cauda equina, fracture, malignancy, infection).
 */
export type RedFlagTier = "none" | "urgent" | "emergency";

/**
 * Questions about the past that do not change week to week (a history of cancer, how the pain started).
 * They are asked at the first check-in and again only when the patient says something changed, so one
 * "yes" does not bring the urgent screen back every week.
 */
export const HISTORY_KEYS = ["cancer", "injury"] as const;
/** Asked instead of the history questions once they have been answered. */
export const HISTORY_CHANGED_KEY = "history_changed";

export const RED_FLAG_QUESTIONS = [
  {
    key: "saddle_numbness",
    tier: "emergency",
    source:
      "CES card: loss of feeling between the inner thighs or genitals, numbness around the back passage",
    label: "numbness around the genitals, inner thighs or back passage",
    text: "Are your private parts, inner thighs or bottom numb or tingly?",
    said: "Your private parts, inner thighs or bottom feel numb or tingly.",
  },
  {
    key: "wiping",
    tier: "emergency",
    source: "CES card: altered feeling when using toilet paper to wipe",
    label: "altered feeling when wiping after the toilet",
    text: "Does it feel different when you wipe after the toilet?",
    said: "It feels different when you wipe after the toilet.",
  },
  {
    key: "bladder",
    tier: "emergency",
    source: "CES card: difficulty passing or stopping urine, leaking; NHS back pain: difficulty peeing (999)",
    label: "new bladder problems",
    text: "Is it new that you find it hard to pee, cannot hold your pee, or leak pee?",
    said: "You have a new problem when you pee: it is hard to start, hard to hold, or you leak.",
  },
  {
    key: "bowel",
    tier: "emergency",
    source: "CES card: cannot stop a bowel movement, leaking; NHS back pain: loss of bowel control (999)",
    label: "new loss of bowel control",
    text: "Is it new that you cannot control when you poo?",
    said: "It is new that you cannot hold your poo.",
  },
  {
    key: "sexual_function",
    tier: "emergency",
    source: "CES card: change in erection or ejaculation, loss of feeling in the genitals during sex",
    label: "new change in sexual function or genital feeling",
    text: "Has sex changed, like less feeling down there or a new problem getting hard?",
    said: "Sex has changed, like less feeling down there or a new problem getting hard.",
  },
  {
    key: "both_legs",
    tier: "emergency",
    source: "NHS back pain: pain, tingling, weakness or numbness in both legs (999); IFOMPT 2020 (CES)",
    label: "pain, tingling, weakness or numbness in both legs",
    text: "Do you have pain, tingling, weakness or numbness in both legs?",
    said: "You have pain, tingling, weakness or numbness in both legs.",
  },
  {
    key: "leg_weakness",
    tier: "emergency",
    source: "IFOMPT 2020 (CES): a neurological deficit that is getting worse",
    label: "leg weakness or numbness getting worse quickly",
    text: "Is a leg getting weaker or more numb, and quickly?",
    said: "A leg is getting weaker or more numb, and quickly.",
  },
  {
    key: "chest_pain",
    tier: "emergency",
    source: "NHS back pain: back pain with chest pain (999)",
    label: "chest pain",
    text: "Do you have pain in your chest?",
    said: "You have pain in your chest.",
  },
  {
    key: "injury",
    tier: "emergency",
    source: "NHS back pain: pain that started after a serious accident (999); IFOMPT 2020 (fracture)",
    label: "pain started after a serious fall or accident",
    text: "Did your back pain start after a bad fall or an accident, like a car crash?",
    said: "Your back pain started after a bad fall or an accident.",
  },
  {
    key: "fever",
    tier: "urgent",
    source: "NHS back pain: a high temperature (urgent GP or 111); IFOMPT 2020 (infection)",
    label: "fever or feeling unwell",
    text: "Do you have a fever, or feel hot and shivery?",
    said: "You have a fever, or feel hot and shivery.",
  },
  {
    key: "weight_loss",
    tier: "urgent",
    source: "NHS back pain: weight lost without trying (urgent GP or 111); IFOMPT 2020 (malignancy)",
    label: "unexplained weight loss",
    text: "Have you lost weight without trying to?",
    said: "You have lost weight without trying to.",
  },
  {
    key: "night_pain",
    tier: "urgent",
    source: "NHS back pain: pain that does not ease with rest or is worse at night (urgent GP or 111)",
    label: "pain that rest does not ease, or worse at night",
    text: "Is the pain worse at night, and does rest not ease it?",
    said: "The pain is worse at night, and rest does not ease it.",
  },
  {
    key: "cancer",
    tier: "urgent",
    source: "IFOMPT 2020 (malignancy): a past cancer is the strongest risk factor for spinal cancer",
    label: "history of cancer",
    text: "Have you ever had cancer?",
    said: "You have had cancer.",
  },
  {
    key: "leg_numb_weak",
    tier: "urgent",
    source: "IFOMPT 2020: a new weakness or numbness is a nerve sign a clinician should examine soon",
    label: "weakness or numbness in one leg",
    text: "Is one leg weak or numb?",
    said: "One leg is weak or numb.",
  },
  {
    key: "leg_pain",
    tier: "none",
    source: "NICE NG59, NHS sciatica: pain down one leg alone is common sciatica, not urgent by itself",
    label: "pain spreading down one leg",
    text: "Does pain spread down one of your legs?",
    said: "Pain spreads down one of your legs.",
  },
  {
    key: HISTORY_CHANGED_KEY,
    tier: "none",
    source: "Asked in place of the history questions once answered; a yes asks them again",
    label: "something changed in their history (cancer, a fall or accident)",
    text: "Since last time, have you been told you have cancer, or had a bad fall or a crash?",
    said: "Since last time, you were told you have cancer, or had a bad fall or a crash.",
  },
] as const satisfies readonly {
  key: string;
  tier: RedFlagTier;
  /** The publication the tier comes from. */
  source: string;
  /** Clinical wording for the clinician's alert. */
  label: string;
  /** Plain wording for the patient. */
  text: string;
  /** The "yes" as a statement, for "You told us" on the advice screen. */
  said: string;
}[];

export type RedFlagKey = (typeof RED_FLAG_QUESTIONS)[number]["key"];
/** The answers given: questions not asked (history already known) are absent. */
export type RedFlagAnswers = Partial<Record<RedFlagKey, boolean>>;
export const RED_FLAG_KEYS = RED_FLAG_QUESTIONS.map((q) => q.key) as [RedFlagKey, ...RedFlagKey[]];

const isHistory = (key: string) => (HISTORY_KEYS as readonly string[]).includes(key);

/**
 * The questions to ask: every current-symptom question, and either the history questions (first check-in,
 * or the patient said something changed) or the one "has anything changed" question.
 */
export function questionsToAsk(historyKnown: boolean, historyChanged: boolean | null = null) {
  return RED_FLAG_QUESTIONS.filter((q) => {
    if (q.key === HISTORY_CHANGED_KEY) return historyKnown;
    if (isHistory(q.key)) return !historyKnown || historyChanged === true;
    return true;
  });
}

/** Whether earlier answers already hold the history (any stored answer to a history question). */
export function historyKnownFrom(previousAnswers: readonly Record<string, boolean>[]): boolean {
  return previousAnswers.some((a) => HISTORY_KEYS.every((k) => typeof a[k] === "boolean"));
}

/** The most serious tier any "yes" answer belongs to. */
export function redFlagTier(answers: RedFlagAnswers): RedFlagTier {
  const yes = RED_FLAG_QUESTIONS.filter((q) => answers[q.key] === true);
  if (yes.some((q) => q.tier === "emergency")) return "emergency";
  if (yes.some((q) => q.tier === "urgent")) return "urgent";
  return "none";
}

const TIER_ORDER: Record<RedFlagTier, number> = { emergency: 0, urgent: 1, none: 2 };

/** The questions answered "yes", most serious first: what the clinician reads at the top of an alert. */
export function positiveAnswers(answers: Partial<Record<string, boolean>>) {
  return RED_FLAG_QUESTIONS.filter((q) => answers[q.key] === true).sort(
    (a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier],
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
  /** The patient's last check-in: its local day (for the weekly rule) and its moment (for diary days). */
  lastCheckIn: { on: LocalDate; at: Date } | null;
  /** Recent diary days, oldest first (at least the last 8 days are needed to judge a rise). */
  days: {
    date: LocalDate;
    /** When the day was last saved: a worrying evening saved after a morning check-in asks again. */
    savedAt: Date;
    painNow: number | null;
    painAverage: number | null;
    flareUp: boolean;
  }[];
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
 * a check-in covers it only when answered after the day was last saved (moments, not dates: a morning
 * check-in does not cover an evening that got worse).
 */
export function checkInDue(
  s: CheckInSignals,
  rules = CHECK_IN_RULES,
): { trigger: CheckInTrigger; reason: string; day?: LocalDate } | null {
  const recent = s.days.filter(
    (d) => daysBetween(d.date, s.today) <= rules.diaryLookbackDays && d.date <= s.today,
  );
  for (const day of recent.reverse()) {
    if (s.lastCheckIn !== null && s.lastCheckIn.at >= day.savedAt) continue;
    const reason = diaryTriggerReason(day, s.days, rules);
    if (reason) return { trigger: "diary", reason, day: day.date };
  }
  if (s.lastCheckIn === null)
    return { trigger: "onboarding", reason: "Before you start, a few quick safety questions." };
  if (daysBetween(s.lastCheckIn.on, s.today) >= rules.weeklyDays)
    return { trigger: "weekly", reason: "It is time for your weekly safety questions." };
  return null;
}
