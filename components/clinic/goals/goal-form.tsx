"use client";

import { useActionState, useState } from "react";
import { controlClass, FieldShell, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { GoalActivity } from "@/lib/outcomes/goal-words";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

/**
 * Records a SMART goal agreed with the patient: specific (in their words), measured by a plan activity,
 * average pain, the PSFS or return to work, with a target and a date. The patient then confirms it in the portal.
 */
export function GoalForm({
  clientId,
  create,
  activities,
  today,
}: {
  /** Made on the server for each render, so a resent form is recognised. */
  clientId: string;
  create: FormAction;
  activities: GoalActivity[];
  today: string;
}) {
  const [state, action] = useActionState(create, idleForm);
  const [measure, setMeasure] = useState(activities.length > 0 ? "activity" : "pain");
  const error = (k: string) => state.fieldErrors?.[k];
  const unit = measure === "activity" ? "amount in the activity's unit" : "0-10";
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="clientId" value={clientId} />
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {state.status === "success" && state.message ? <Notice tone="success">{state.message}</Notice> : null}
      <TextField
        name="description"
        label="Goal, in the patient's words"
        placeholder="e.g. Walk the dog round the park without stopping"
        maxLength={200}
        required
        error={error("description")}
      />
      <FieldShell label="Measured by" error={error("measure")}>
        {({ id, describedBy }) => (
          <select
            id={id}
            name="measure"
            aria-describedby={describedBy}
            value={measure}
            onChange={(e) => setMeasure(e.target.value)}
            className={controlClass}
          >
            {activities.length > 0 ? (
              <option value="activity">A plan activity (best day of the week)</option>
            ) : null}
            <option value="pain">Average pain (weekly mean, lower is better)</option>
            <option value="psfs">PSFS mean (higher is better)</option>
            <option value="work">Return to work (sustained 4 weeks)</option>
          </select>
        )}
      </FieldShell>
      {measure === "activity" ? (
        <FieldShell label="Activity" error={error("activityKey")}>
          {({ id, describedBy }) => (
            <select id={id} name="activityKey" aria-describedby={describedBy} className={controlClass}>
              {activities.map((a) => (
                <option key={a.key} value={a.key}>
                  {a.name} ({a.unit})
                </option>
              ))}
            </select>
          )}
        </FieldShell>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        {measure === "work" ? (
          <FieldShell label="Back at" error={error("target")}>
            {({ id, describedBy }) => (
              <select id={id} name="target" aria-describedby={describedBy} className={controlClass}>
                <option value="2">Full hours</option>
                <option value="1">The agreed reduced hours</option>
              </select>
            )}
          </FieldShell>
        ) : (
          <TextField
            name="target"
            label={`Target (${unit})`}
            inputMode="decimal"
            required
            error={error("target")}
          />
        )}
        <TextField
          name="targetDate"
          label="By"
          type="date"
          min={today}
          required
          error={error("targetDate")}
        />
      </div>
      <SubmitButton pendingLabel="Saving…" className="self-start">
        Add goal
      </SubmitButton>
    </form>
  );
}
