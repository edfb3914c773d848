import { addDays, daysBetween, type LocalDate } from "./calendar";
import { BEST_SCORE } from "./outcomes/measures";
import { positiveAnswers } from "./red-flags";
import { localDate } from "./local-time";
import { isReplyOverdue } from "./messages";
import { meanOf } from "./series";

/** Every alert threshold in one place (docs/ARCHITECTURE.md, Clinical rules). */
export const ALERT_THRESHOLDS = {
  criticalPain: 7,
  painRise: { points: 2, recentDays: 3, baselineDays: 7 },
  silentHighDays: 7,
  silentLowDays: 2,
  moderatePain: { atLeast: 5, risenBy: 1, baselineDays: 7 },
  onTargetShare: { below: 0.5, days: 7 },
  overshoot: { days: 2, window: 7 },
} as const;

export type Severity = "critical" | "high" | "low";
export const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, low: 2 };

export const ALERT_RULES = [
  "red_flag_emergency",
  "red_flag_urgent",
  "pain_critical",
  "pain_rising",
  "silent_long",
  "silent",
  "pain_moderate_rising",
  "low_adherence",
  "overshoot",
  "psfs_not_improved",
  "change_request_open",
  "flare_up_hold_started",
  "message_unanswered",
] as const;
export type AlertRule = (typeof ALERT_RULES)[number];

/**
 * Red-flag alerts are acknowledged on the report itself, with a required note; the others through
 * alert_acks, up to the day of their evidence.
 */
export const RED_FLAG_RULES = ["red_flag_emergency", "red_flag_urgent"] as const;
export const DATA_ALERT_RULES = ALERT_RULES.filter(
  (r): r is Exclude<AlertRule, (typeof RED_FLAG_RULES)[number]> =>
    !(RED_FLAG_RULES as readonly string[]).includes(r),
) as [
  Exclude<AlertRule, (typeof RED_FLAG_RULES)[number]>,
  ...Exclude<AlertRule, (typeof RED_FLAG_RULES)[number]>[],
];
export type DataAlertRule = (typeof DATA_ALERT_RULES)[number];
export const isRedFlagRule = (rule: AlertRule) => (RED_FLAG_RULES as readonly string[]).includes(rule);

export type Alert = {
  rule: AlertRule;
  severity: Severity;
  reason: string;
  /** The newest diary date the alert is based on: an acknowledgement up to this date silences it. */
  evidenceDate: LocalDate | null;
  /** For red-flag alerts: the report to acknowledge. */
  reportId?: string;
};

/** What the rules look at for one patient: the recent diary, already reduced to numbers per day. */
export type PatientSignals = {
  today: LocalDate;
  lastEntryDate: LocalDate | null;
  /** Days with an entry in the last 14 days, oldest first. */
  days: {
    date: LocalDate;
    painNow: number;
    painAverage: number;
    adherence: "under" | "on_target" | "over" | "overshoot" | null;
  }[];
  /** Whether the patient is expected to log (has an account and an active plan). */
  expectedToLog: boolean;
  /** The first day of the plan; silence and adherence are not judged before it. */
  planStart: LocalDate | null;
  /** Urgent and emergency red-flag answers no clinician has acknowledged, oldest first. */
  openRedFlags?: {
    id: string;
    tier: "urgent" | "emergency" | "none";
    answeredOn: LocalDate;
    answers: Record<string, boolean>;
  }[];
  /** PSFS means, oldest first. */
  psfsScores?: { date: LocalDate; score: number }[];
  /** Change requests waiting for an answer, oldest first, described in words (lib/domain/change-requests). */
  openChangeRequests?: { description: string; askedOn: LocalDate }[];
  /** The latest flare-up hold the patient started that no clinician has seen yet. */
  unseenFlareUpHold?: { startedOn: LocalDate; endsOn: LocalDate } | null;
  /** The patient's messages since the care team last wrote (oldest and newest), when the patient wrote last. */
  unansweredMessage?: { since: Date; latest: Date; now: Date; timeZone: string } | null;
};

/** Days of the last `window` that the plan has been running (fewer in its first week). */
export function daysInPlan(s: PatientSignals, window: number): number {
  if (s.planStart === null || s.planStart > s.today) return 0;
  return Math.min(window, daysBetween(s.planStart, s.today) + 1);
}

const painOn = (s: PatientSignals, from: LocalDate, to: LocalDate) =>
  s.days.filter((d) => d.date >= from && d.date <= to).map((d) => d.painAverage);

export function painCritical(s: PatientSignals, t = ALERT_THRESHOLDS): Alert | null {
  const last = s.days.at(-1);
  if (!last || last.date !== s.lastEntryDate) return null;
  const worst = Math.max(last.painNow, last.painAverage);
  if (worst < t.criticalPain) return null;
  return {
    rule: "pain_critical",
    severity: "critical",
    reason: `Pain ${worst}/10 on the latest entry`,
    evidenceDate: last.date,
  };
}

export function painRising(s: PatientSignals, t = ALERT_THRESHOLDS): Alert | null {
  const { recentDays, baselineDays, points } = t.painRise;
  const recent = meanOf(painOn(s, addDays(s.today, -(recentDays - 1)), s.today));
  const before = meanOf(
    painOn(s, addDays(s.today, -(recentDays + baselineDays - 1)), addDays(s.today, -recentDays)),
  );
  if (recent === null || before === null || recent - before < points) return null;
  return {
    rule: "pain_rising",
    severity: "high",
    reason: `Average pain up ${(recent - before).toFixed(1)} points (last ${recentDays} days vs the ${baselineDays} before)`,
    evidenceDate: s.lastEntryDate,
  };
}

export function silence(s: PatientSignals, t = ALERT_THRESHOLDS): Alert | null {
  if (!s.expectedToLog || s.planStart === null || s.planStart > s.today) return null;
  // Never logged: counted from the plan's first day, so a patient who starts today is not "silent".
  const since = s.lastEntryDate ?? addDays(s.planStart, -1);
  const days = daysBetween(since, s.today);
  if (days < t.silentLowDays) return null;
  const words =
    s.lastEntryDate === null
      ? `No diary entries since the plan started ${days} days ago`
      : `No diary for ${days} days`;
  if (days >= t.silentHighDays)
    return { rule: "silent_long", severity: "high", reason: words, evidenceDate: s.lastEntryDate };
  return { rule: "silent", severity: "low", reason: words, evidenceDate: s.lastEntryDate };
}

export function painModerateRising(s: PatientSignals, t = ALERT_THRESHOLDS): Alert | null {
  const last = s.days.at(-1);
  if (!last || last.painAverage < t.moderatePain.atLeast) return null;
  const before = meanOf(painOn(s, addDays(last.date, -t.moderatePain.baselineDays), addDays(last.date, -1)));
  if (before === null || last.painAverage - before < t.moderatePain.risenBy) return null;
  return {
    rule: "pain_moderate_rising",
    severity: "low",
    reason: `Pain ${last.painAverage}/10, up from ${before.toFixed(1)}`,
    evidenceDate: last.date,
  };
}

function lastWeek(s: PatientSignals, window: number) {
  return s.days.filter((d) => d.date > addDays(s.today, -window) && d.adherence !== null);
}

export function lowAdherence(s: PatientSignals, t = ALERT_THRESHOLDS): Alert | null {
  const { below } = t.onTargetShare;
  const days = daysInPlan(s, t.onTargetShare.days);
  if (!s.expectedToLog || days === 0) return null;
  const week = lastWeek(s, days);
  const onTarget = week.filter((d) => d.adherence === "on_target").length;
  if (week.length === 0 || onTarget / days >= below) return null;
  return {
    rule: "low_adherence",
    severity: "low",
    reason: `On target ${onTarget} of the last ${days} days`,
    evidenceDate: s.lastEntryDate,
  };
}

export function overshooting(s: PatientSignals, t = ALERT_THRESHOLDS): Alert | null {
  const over = lastWeek(s, t.overshoot.window).filter((d) => d.adherence === "overshoot").length;
  if (over < t.overshoot.days) return null;
  return {
    rule: "overshoot",
    severity: "low",
    reason: `Well over the quota on ${over} of the last ${t.overshoot.window} days`,
    evidenceDate: s.lastEntryDate,
  };
}

function redFlag(s: PatientSignals, tier: "emergency" | "urgent"): Alert | null {
  const report = s.openRedFlags?.find((r) => r.tier === tier);
  if (!report) return null;
  const said = positiveAnswers(report.answers)
    .map((q) => q.label)
    .join("; ");
  return {
    rule: tier === "emergency" ? "red_flag_emergency" : "red_flag_urgent",
    severity: tier === "emergency" ? "critical" : "high",
    reason: `${tier === "emergency" ? "Emergency" : "Urgent"} red flag: ${said}`,
    evidenceDate: report.answeredOn,
    reportId: report.id,
  };
}

export const redFlagEmergency = (s: PatientSignals) => redFlag(s, "emergency");
export const redFlagUrgent = (s: PatientSignals) => redFlag(s, "urgent");

/**
 * High: the PSFS mean did not improve from the previous measure to the latest. A latest score at the
 * ceiling (10: as able as before the problem) cannot improve, so 10 then 10 is not "not improved".
 */
export function psfsNotImproved(s: PatientSignals): Alert | null {
  const [previous, latest] = (s.psfsScores ?? []).slice(-2);
  if (!previous || !latest || latest.score > previous.score) return null;
  if (latest.score >= BEST_SCORE.psfs) return null;
  return {
    rule: "psfs_not_improved",
    severity: "high",
    reason: `PSFS not improved: ${previous.score.toFixed(1)} then ${latest.score.toFixed(1)}`,
    evidenceDate: latest.date,
  };
}

/** Low: the patient asked to change their plan and waits for an answer. */
export function changeRequestOpen(s: PatientSignals): Alert | null {
  const open = s.openChangeRequests ?? [];
  if (open.length === 0) return null;
  const newest = open.at(-1)!;
  return {
    rule: "change_request_open",
    severity: "low",
    reason: open.length === 1 ? newest.description : `${open.length} change requests: ${newest.description}`,
    evidenceDate: newest.askedOn,
  };
}

/** Low: the patient started the flare-up hold agreed in advance; acknowledging it is seeing it. */
export function flareUpHoldStarted(s: PatientSignals): Alert | null {
  const hold = s.unseenFlareUpHold;
  if (!hold) return null;
  return {
    rule: "flare_up_hold_started",
    severity: "low",
    reason: `Started the agreed flare-up hold on ${hold.startedOn}, until ${hold.endsOn}`,
    evidenceDate: hold.startedOn,
  };
}

/**
 * Low: the patient's message has waited more than one working day (Mon-Fri, in the patient's time zone) for
 * an answer from the care team (lib/domain/messages.ts). Its evidence is the newest waiting message's day,
 * so an acknowledgement holds until the patient writes again.
 */
export function messageUnanswered(s: PatientSignals): Alert | null {
  const m = s.unansweredMessage;
  if (!m || !isReplyOverdue(m.since, m.now, m.timeZone)) return null;
  return {
    rule: "message_unanswered",
    severity: "low",
    reason: "Message waiting more than one working day for an answer",
    evidenceDate: localDate(m.timeZone, m.latest),
  };
}

// In the order alerts of the same severity are listed: red flags before anything derived from the diary.
const RULES = [
  redFlagEmergency,
  redFlagUrgent,
  painCritical,
  painRising,
  silence,
  psfsNotImproved,
  painModerateRising,
  lowAdherence,
  overshooting,
  changeRequestOpen,
  flareUpHoldStarted,
  messageUnanswered,
];

export type Acknowledgement = { rule: AlertRule; upToDate: LocalDate | null };

/**
 * The patient's open alerts, most severe first. An acknowledged alert stays quiet until there is newer
 * diary data than the acknowledgement covered.
 */
export function alertsFor(s: PatientSignals, acks: Acknowledgement[] = []): Alert[] {
  return RULES.map((rule) => rule(s))
    .filter((a): a is Alert => a !== null)
    .filter(
      (a) =>
        isRedFlagRule(a.rule) ||
        !acks.some((k) => k.rule === a.rule && (k.upToDate ?? "") >= (a.evidenceDate ?? "")),
    )
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
