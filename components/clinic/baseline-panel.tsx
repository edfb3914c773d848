"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatAmount, type Unit } from "@/lib/domain/graded-activity/units";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

export type BaselineStatus = {
  key: string;
  name: string;
  unit: Unit;
  sessions: number[];
  proposal: { baseline: number | null; startQuota: number | null; startFraction: number } | null;
  /** Why the baseline cannot start the quota as planned (too small for the unit, goal date too soon). */
  problem: string | null;
  /** Set when the goal date has passed or is too soon: the earliest new goal date to ask for. */
  newGoalDateFrom: string | null;
};

/** Activities still in baseline: sessions logged so far and, after three, the start quota to confirm. */
export function BaselinePanel({
  items,
  confirm,
  expectedVersion,
}: {
  items: BaselineStatus[];
  confirm: FormAction;
  expectedVersion: number;
}) {
  const [state, action] = useActionState(confirm, idleForm);
  return (
    <div className="flex flex-col gap-3">
      {state.message ? (
        <Notice tone={state.status === "success" ? "success" : "error"}>{state.message}</Notice>
      ) : null}
      {items.map((item) => (
        <div key={item.key} className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm">
          <p className="font-semibold">{item.name}: measuring baseline</p>
          <p className="text-slate-700">
            {Math.min(item.sessions.length, 3)} of 3 to-tolerance sessions logged
            {item.sessions.length > 0
              ? ` (${item.sessions
                  .slice(0, 3)
                  .map((s) => formatAmount(s, item.unit))
                  .join(", ")})`
              : ""}
            .
          </p>
          {item.proposal?.startQuota != null && item.proposal.baseline != null ? (
            <form action={action} className="mt-2 flex flex-wrap items-center gap-3">
              <input type="hidden" name="key" value={item.key} />
              <input type="hidden" name="expectedVersion" value={expectedVersion} />
              <span>
                Mean {formatAmount(item.proposal.baseline, item.unit)} → start quota{" "}
                <strong>{formatAmount(item.proposal.startQuota, item.unit)}</strong> (
                {Math.round(item.proposal.startFraction * 100)}%)
              </span>
              <SubmitButton pendingLabel="Confirming…">Confirm and start</SubmitButton>
            </form>
          ) : null}
          {item.newGoalDateFrom ? (
            <form action={action} className="mt-2 flex flex-col gap-2">
              <input type="hidden" name="key" value={item.key} />
              <input type="hidden" name="expectedVersion" value={expectedVersion} />
              <p className="text-slate-800">{item.problem}</p>
              <TextField
                label="New goal date"
                name="goalDate"
                type="date"
                min={item.newGoalDateFrom}
                defaultValue={item.newGoalDateFrom}
                error={state.fieldErrors?.goalDate}
              />
              <div>
                <SubmitButton pendingLabel="Confirming…">Confirm with this goal date</SubmitButton>
              </div>
            </form>
          ) : item.problem ? (
            <p className="mt-2 text-slate-800">{item.problem} Change it in the plan editor.</p>
          ) : null}
        </div>
      ))}
    </div>
  );
}
