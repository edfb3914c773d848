"use client";

import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { formatLocalDate } from "@/lib/domain/calendar";
import { MAX_PERCENT_STEP } from "@/lib/domain/graded-activity/quota";
import { formatAmount, UNIT_LABEL, UNITS } from "@/lib/domain/graded-activity/units";
import type { ActivityDraft } from "./draft";

type Props = {
  index: number;
  draft: ActivityDraft;
  errors: Record<string, string>;
  /** Today's quota under the current plan, for an activity already in it. */
  currentQuota: number | null;
  /** The earliest goal date that keeps the rise within the largest step the editor allows. */
  earliestGoalDate: string | null;
  onChange: (patch: Partial<ActivityDraft>) => void;
  onRemove: () => void;
};

function Choice({
  name,
  value,
  checked,
  label,
  onSelect,
}: {
  name: string;
  value: string;
  checked: boolean;
  label: string;
  onSelect: () => void;
}) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={onSelect}
        className="accent-brand-700"
      />
      {label}
    </label>
  );
}

/** The fields of one activity in the plan editor. */
export function ActivityFields({
  index,
  draft,
  errors,
  currentQuota,
  earliestGoalDate,
  onChange,
  onRemove,
}: Props) {
  const err = (field: string) => errors[`activities.${index}.${field}`];
  const unit = UNIT_LABEL[draft.unit].many;
  const title = draft.name.trim() || `Activity ${index + 1}`;
  return (
    <fieldset className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <legend className="sr-only">{title}</legend>
      <div className="flex items-start justify-between gap-3">
        <h3 className="text-base font-semibold" aria-hidden="true">
          {title}
        </h3>
        <Button
          type="button"
          variant="ghost"
          className="min-h-9 px-2 text-red-700"
          onClick={onRemove}
          aria-label={`Remove ${title}`}
        >
          Remove
        </Button>
      </div>

      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <TextField
          label="Activity name"
          value={draft.name}
          onChange={(e) => onChange({ name: e.target.value })}
          error={err("name")}
        />
        <SelectField
          label="Unit"
          value={draft.unit}
          onChange={(e) => onChange({ unit: e.target.value as ActivityDraft["unit"] })}
          options={UNITS.map((u) => ({ value: u, label: UNIT_LABEL[u].many }))}
          error={err("unit")}
        />
      </div>

      <fieldset className="mt-4">
        <legend className="text-sm font-medium text-slate-800">Baseline</legend>
        <div className="mt-1.5 flex flex-wrap gap-2">
          <Choice
            name={`baseline-${draft.uid}`}
            value="entered"
            checked={draft.baselineMode === "entered"}
            label="Entered from assessment"
            onSelect={() => onChange({ baselineMode: "entered" })}
          />
          <Choice
            name={`baseline-${draft.uid}`}
            value="measure"
            checked={draft.baselineMode === "measure"}
            label="Measure over the next 3 days"
            onSelect={() => onChange({ baselineMode: "measure" })}
          />
        </div>
      </fieldset>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        {draft.baselineMode === "entered" ? (
          <TextField
            label={`Baseline (${unit})`}
            inputMode="decimal"
            value={draft.baseline}
            onChange={(e) => onChange({ baseline: e.target.value })}
            hint="Mean of 3 sessions done to tolerance."
            error={err("baseline")}
          />
        ) : (
          <p className="self-center text-sm text-slate-600">
            The patient does the activity to tolerance on 3 days; you then confirm the start quota.
          </p>
        )}
        <TextField
          label="Start at (% of baseline)"
          inputMode="numeric"
          value={draft.startPercent}
          onChange={(e) => onChange({ startPercent: e.target.value })}
          hint="70% (Steenstra/Lambeek) or 80% (operant quota system); at most 90%."
          error={err("startPercent")}
        />
      </div>
      {draft.key && currentQuota !== null ? (
        <label className="mt-3 flex items-start gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            className="mt-1 accent-brand-700"
            checked={draft.continueFromCurrent}
            onChange={(e) => onChange({ continueFromCurrent: e.target.checked })}
          />
          <span>
            Continue from the current quota ({formatAmount(currentQuota, draft.unit)}) instead of restarting
            from baseline
          </span>
        </label>
      ) : null}

      <fieldset className="mt-4">
        <legend className="text-sm font-medium text-slate-800">Progression</legend>
        <div className="mt-1.5 flex flex-wrap gap-2">
          <Choice
            name={`progression-${draft.uid}`}
            value="fixed"
            checked={draft.progressionKind === "fixed"}
            label="Fixed step"
            onSelect={() => onChange({ progressionKind: "fixed" })}
          />
          <Choice
            name={`progression-${draft.uid}`}
            value="percent"
            checked={draft.progressionKind === "percent"}
            label="Percentage step"
            onSelect={() => onChange({ progressionKind: "percent" })}
          />
          <Choice
            name={`progression-${draft.uid}`}
            value="goal_date"
            checked={draft.progressionKind === "goal_date"}
            label="To the goal by a date"
            onSelect={() => onChange({ progressionKind: "goal_date" })}
          />
        </div>
      </fieldset>
      <div className="mt-3 grid gap-4 sm:grid-cols-3">
        {draft.progressionKind === "fixed" ? (
          <TextField
            label={`Step (${unit})`}
            inputMode="numeric"
            value={draft.step}
            onChange={(e) => onChange({ step: e.target.value })}
            error={err("progression.step")}
          />
        ) : null}
        {draft.progressionKind === "percent" ? (
          <TextField
            label="Step (%)"
            inputMode="decimal"
            value={draft.percent}
            onChange={(e) => onChange({ percent: e.target.value })}
            error={err("progression.percent")}
          />
        ) : null}
        {draft.progressionKind === "goal_date" ? (
          <TextField
            label="Goal date"
            type="date"
            value={draft.goalDate}
            onChange={(e) => onChange({ goalDate: e.target.value })}
            min={earliestGoalDate ?? undefined}
            hint={
              earliestGoalDate
                ? `Earliest ${formatLocalDate(earliestGoalDate)}: at most ${MAX_PERCENT_STEP}% a day.`
                : undefined
            }
            error={err("progression.goalDate")}
          />
        ) : (
          <TextField
            label="Every (days)"
            inputMode="numeric"
            value={draft.everyDays}
            onChange={(e) => onChange({ everyDays: e.target.value })}
            error={err("progression.everyDays")}
          />
        )}
        <TextField
          label={`Goal (${unit})`}
          inputMode="numeric"
          value={draft.goal}
          onChange={(e) => onChange({ goal: e.target.value })}
          error={err("goal")}
        />
      </div>
      <div className="mt-4 grid gap-4">
        <TextAreaField
          label="Instructions for the patient"
          rows={3}
          maxLength={1000}
          value={draft.instructions}
          onChange={(e) => onChange({ instructions: e.target.value })}
          hint="How to do it, what counts, how to measure. Shown beside the target."
          error={err("instructions")}
        />
        <TextField
          label="Video link (optional)"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={draft.videoUrl}
          onChange={(e) => onChange({ videoUrl: e.target.value })}
          error={err("videoUrl")}
        />
      </div>
    </fieldset>
  );
}
