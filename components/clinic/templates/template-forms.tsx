"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { idleForm, type FormAction, type FormState } from "@/lib/forms/form-state";

/** One activity of a template as its edit form shows it. */
export type TemplateActivityFields = {
  name: string;
  goal: string;
  startPercent: string;
  instructions: string;
  /** Read-only: the unit and how it progresses, in words. */
  unit: string;
  progression: string;
};

/**
 * Name and describe a template: saving a plan as one, or editing one of the clinic's own (then with each
 * activity's name, goal, start percentage and instructions).
 */
export function TemplateTextForm({
  save,
  submitLabel,
  initial,
  hidden = {},
  activities,
}: {
  save: FormAction;
  submitLabel: string;
  initial?: { name: string; description: string };
  hidden?: Record<string, string>;
  activities?: TemplateActivityFields[];
}) {
  const [state, action] = useActionState(save, idleForm);
  const form = useFocusFirstError(state);
  const v = state.status === "error" ? state.values : initial;
  const activityValue = (i: number, field: keyof TemplateActivityFields) =>
    state.status === "error" && state.values
      ? state.values[`activities.${i}.${field}`]
      : activities?.[i]?.[field];
  const activityError = (i: number, field: string) => state.fieldErrors?.[`activities.${i}.${field}`];
  return (
    <form ref={form} action={action} className="flex flex-col gap-3" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {state.status === "success" && state.message ? <Notice tone="success">{state.message}</Notice> : null}
      <TextField label="Template name" name="name" defaultValue={v?.name} error={state.fieldErrors?.name} />
      <TextAreaField
        label="What it is for"
        name="description"
        rows={2}
        defaultValue={v?.description}
        error={state.fieldErrors?.description}
      />
      {activities?.map((a, i) => (
        <fieldset key={i} className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium">
            Activity {i + 1} ({a.unit}, {a.progression})
          </legend>
          <TextField
            label="Activity name"
            name={`activities.${i}.name`}
            defaultValue={activityValue(i, "name")}
            error={activityError(i, "name")}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField
              label={`Goal (${a.unit})`}
              name={`activities.${i}.goal`}
              inputMode="numeric"
              defaultValue={activityValue(i, "goal")}
              error={activityError(i, "goal")}
            />
            <TextField
              label="Start at (% of baseline)"
              name={`activities.${i}.startPercent`}
              inputMode="numeric"
              defaultValue={activityValue(i, "startPercent")}
              error={activityError(i, "startPercent")}
            />
          </div>
          <TextAreaField
            label="Instructions for the patient"
            name={`activities.${i}.instructions`}
            rows={2}
            defaultValue={activityValue(i, "instructions")}
            error={activityError(i, "instructions")}
          />
        </fieldset>
      ))}
      <SubmitButton pendingLabel="Saving…" className="self-start">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}

/** Retiring a template, after a confirmation: it is no longer offered for new plans. */
export function RetireTemplateForm({
  retire,
  templateId,
  name,
}: {
  retire: FormAction;
  templateId: string;
  name: string;
}) {
  const [state, action] = useActionState(retire, idleForm);
  const [confirmedAfter, setConfirmedAfter] = useState<FormState | null>(null);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="templateId" value={templateId} />
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {confirmedAfter === state ? (
        <div
          role="group"
          aria-label="Confirm retiring"
          className="flex flex-col gap-2 rounded-lg bg-amber-50 p-2 text-sm"
        >
          <p>Retire {name}? It is no longer offered for new plans; plans made from it do not change.</p>
          <div className="flex gap-2">
            <SubmitButton pendingLabel="Retiring…">Yes, retire</SubmitButton>
            <Button type="button" variant="secondary" onClick={() => setConfirmedAfter(null)}>
              Go back
            </Button>
          </div>
        </div>
      ) : (
        <Button
          type="button"
          variant="secondary"
          className="self-start"
          onClick={() => setConfirmedAfter(state)}
        >
          Retire<span className="sr-only"> {name}</span>
        </Button>
      )}
    </form>
  );
}
