"use client";

import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { ProgressBar } from "@/components/ui/progress-bar";
import { SubmitButton } from "@/components/ui/submit-button";
import { goalNowWords, goalTargetWords, type GoalActivity } from "@/lib/outcomes/goal-words";
import type { GoalView } from "@/lib/outcomes/outcome-views";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

/** The patient's goals with progress, whether the patient has agreed, and status changes. */
export function GoalList({
  goals,
  activities,
  setStatus,
}: {
  goals: GoalView[];
  activities: GoalActivity[];
  setStatus: FormAction;
}) {
  const [state, action] = useActionState(setStatus, idleForm);
  if (goals.length === 0) return <p className="text-sm text-slate-600">No goals yet.</p>;
  return (
    <div className="flex flex-col gap-3">
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      <ul className="flex flex-col gap-3">
        {goals.map((g) => (
          <li key={g.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3">
            <p className="font-medium text-slate-900">{g.description}</p>
            <p className="text-sm text-slate-700">{goalTargetWords(g, activities)}</p>
            <ProgressBar
              value={g.status === "achieved" ? 1 : g.progress.fraction}
              label={`Progress: ${g.description}`}
              text={goalNowWords(g, activities)}
            />
            <p className="text-sm text-slate-600">
              {goalNowWords(g, activities)} ·{" "}
              {g.patientAgreedAt ? "agreed by the patient" : "waiting for the patient to agree in the portal"}
            </p>
            <form action={action} className="flex flex-wrap gap-2">
              <input type="hidden" name="goalId" value={g.id} />
              <input type="hidden" name="version" value={g.version} />
              {g.status === "active" ? (
                <>
                  <SubmitButton variant="secondary" pendingLabel="Saving…" name="status" value="achieved">
                    Mark achieved
                  </SubmitButton>
                  <SubmitButton variant="secondary" pendingLabel="Saving…" name="status" value="stopped">
                    Stop goal
                  </SubmitButton>
                </>
              ) : (
                <SubmitButton variant="secondary" pendingLabel="Saving…" name="status" value="active">
                  Make active again
                </SubmitButton>
              )}
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
