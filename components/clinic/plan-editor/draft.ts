import { addDays, type LocalDate } from "@/lib/domain/calendar";
import { buildRevision } from "@/lib/domain/graded-activity/build-revision";
import { earliestGoalDate, startQuotaFor } from "@/lib/domain/graded-activity/quota";
import type { NumberedRevision } from "@/lib/domain/graded-activity/plan-schedule";
import type { PlannedActivity, Progression, TemplateActivity } from "@/lib/domain/graded-activity/types";
import type { Unit } from "@/lib/domain/graded-activity/units";
import { fieldsOf } from "@/lib/result/result";
import { planActivityInput } from "@/lib/validation/plan";

/** One activity as the editor holds it: text, exactly as typed, so nothing the clinician typed is lost. */
export type ActivityDraft = {
  uid: string;
  key?: string;
  name: string;
  unit: Unit;
  baselineMode: "entered" | "measure";
  baseline: string;
  startPercent: string;
  progressionKind: Progression["kind"];
  step: string;
  everyDays: string;
  percent: string;
  goalDate: string;
  goal: string;
  continueFromCurrent: boolean;
};

let counter = 0;
const uid = () => `a${Date.now().toString(36)}${(counter++).toString(36)}`;

const defaults = (effectiveFrom: LocalDate): Omit<ActivityDraft, "uid" | "name" | "unit"> => ({
  baselineMode: "entered",
  baseline: "",
  startPercent: "70",
  progressionKind: "fixed",
  step: "",
  everyDays: "3",
  percent: "10",
  goalDate: addDays(effectiveFrom, 56),
  goal: "",
  continueFromCurrent: false,
});

export function blankDraft(effectiveFrom: LocalDate): ActivityDraft {
  return { uid: uid(), name: "", unit: "minutes", ...defaults(effectiveFrom) };
}

export function draftFromTemplate(t: TemplateActivity, effectiveFrom: LocalDate): ActivityDraft {
  const p = t.progression;
  return {
    ...defaults(effectiveFrom),
    uid: uid(),
    name: t.name,
    unit: t.unit,
    startPercent: String(Math.round(t.startFraction * 100)),
    progressionKind: p.kind,
    step: p.kind === "fixed" ? String(p.step) : "",
    everyDays: p.kind === "goal_date" ? "3" : String(p.everyDays),
    percent: p.kind === "percent" ? String(p.percent) : "10",
    goalDate: p.kind === "goal_date" ? addDays(effectiveFrom, p.weeks * 7) : addDays(effectiveFrom, 56),
    goal: String(t.goal),
  };
}

export function draftFromActivity(a: PlannedActivity, effectiveFrom: LocalDate): ActivityDraft {
  const p = a.progression;
  return {
    ...defaults(effectiveFrom),
    uid: uid(),
    key: a.key,
    name: a.name,
    unit: a.unit,
    baselineMode: a.baseline === null ? "measure" : "entered",
    baseline: a.baseline === null ? "" : String(a.baseline),
    startPercent: String(Math.round(a.startFraction * 100)),
    progressionKind: p.kind,
    step: p.kind === "fixed" ? String(p.step) : "",
    everyDays: p.kind === "goal_date" ? "3" : String(p.everyDays),
    percent: p.kind === "percent" ? String(p.percent) : "10",
    goalDate: p.kind === "goal_date" ? p.goalDate : addDays(effectiveFrom, 56),
    goal: String(a.goal),
    continueFromCurrent: a.startQuota !== null,
  };
}

/** The shape the server action validates (lib/validation/plan). */
export function toRawActivity(d: ActivityDraft) {
  const progression =
    d.progressionKind === "fixed"
      ? { kind: "fixed", step: d.step, everyDays: d.everyDays }
      : d.progressionKind === "percent"
        ? { kind: "percent", percent: d.percent, everyDays: d.everyDays }
        : { kind: "goal_date", goalDate: d.goalDate };
  return {
    key: d.key,
    name: d.name,
    unit: d.unit,
    baselineMode: d.baselineMode,
    baseline: d.baseline,
    startPercent: d.startPercent,
    progression,
    goal: d.goal,
    continueFromCurrent: d.key ? d.continueFromCurrent : undefined,
  };
}

/**
 * The earliest goal date a goal-date activity may have (the line's rise capped at the largest percentage
 * step, see earliestGoalDate), shown under the goal date; null until baseline, start and goal are typed.
 * An activity continuing from its current quota starts from that quota.
 */
export function earliestGoalDateFor(
  d: ActivityDraft,
  effectiveFrom: LocalDate,
  currentQuota: number | null,
): LocalDate | null {
  const goal = Number(d.goal);
  if (d.progressionKind !== "goal_date" || !Number.isFinite(goal) || goal <= 0) return null;
  const start =
    d.key && d.continueFromCurrent && currentQuota !== null
      ? currentQuota
      : d.baselineMode === "entered"
        ? startQuotaFor(Number(d.baseline), Number(d.startPercent) / 100, d.unit)
        : null;
  return start && Number.isFinite(start) ? earliestGoalDate(start, goal, effectiveFrom) : null;
}

export type Preview = {
  activities: { index: number; activity: PlannedActivity }[];
  errors: Record<string, string>;
};

/**
 * Runs the same checks and the same engine as the server on what is typed so far, so the preview and the
 * messages match what saving would do.
 */
export function previewPlan(
  drafts: ActivityDraft[],
  effectiveFrom: LocalDate,
  today: LocalDate,
  existing: NumberedRevision[],
): Preview {
  const errors: Record<string, string> = {};
  const valid: { index: number; draft: ReturnType<typeof planActivityInput.parse> }[] = [];
  drafts.forEach((d, index) => {
    const parsed = planActivityInput.safeParse(toRawActivity(d));
    if (parsed.success) valid.push({ index, draft: parsed.data });
    else
      for (const [path, message] of Object.entries(fieldsOf(parsed.error)))
        errors[`activities.${index}.${path}`] = message;
  });
  const built = buildRevision(
    valid.map((v) => v.draft),
    effectiveFrom,
    today,
    existing,
  );
  if (!built.ok) {
    for (const [path, message] of Object.entries(built.errors)) {
      const m = /^activities\.(\d+)\.(.+)$/.exec(path);
      errors[m ? `activities.${valid[Number(m[1])]!.index}.${m[2]}` : path] = message;
    }
    // Still preview every activity that is fine on its own.
    const alone = valid.flatMap((v) => {
      const one = buildRevision([v.draft], effectiveFrom, today, existing);
      return one.ok ? [{ index: v.index, activity: one.activities[0]! }] : [];
    });
    return { activities: alone, errors };
  }
  return {
    activities: built.activities.map((activity, i) => ({ index: valid[i]!.index, activity })),
    errors,
  };
}
