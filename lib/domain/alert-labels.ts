/**
 * Alert rules in words a clinician reads at a glance (the access history, acknowledgement notes). A rule
 * added later without a label still reads as words, never as a code.
 */
const ALERT_RULE_LABELS: Record<string, string> = {
  red_flag_emergency: "emergency safety answer",
  red_flag_urgent: "urgent safety answer",
  pain_critical: "pain 7 or more",
  pain_rising: "pain rising",
  silent_long: "no diary for a week or more",
  silent: "no diary for a few days",
  pain_moderate_rising: "moderate pain, rising",
  low_adherence: "plan mostly not kept",
  overshoot: "doing much more than planned",
  psfs_not_improved: "activity scores not improving",
  change_request_open: "asks to change the plan",
  flare_up_hold_started: "started the agreed flare-up hold",
  message_unanswered: "message waiting for an answer",
};

export function alertRuleLabel(rule: string): string {
  return ALERT_RULE_LABELS[rule] ?? rule.replaceAll("_", " ");
}
