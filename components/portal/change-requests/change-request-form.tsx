"use client";

import { useActionState, useState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { CHANGE_REQUEST_REASONS, REASON_FOR_PATIENT } from "@/lib/domain/change-requests";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

type Activity = { key: string; name: string; unitLabel: string; quota: number | null; waiting: boolean };

/**
 * "Ask to change my plan": which activity, why, an amount if the patient has one in mind, and a note. The
 * request gets an id made here, so a resent or double-tapped request is stored once.
 */
export function ChangeRequestForm({
  send,
  activities,
  addWaiting,
  initialActivity,
  initialClientId,
}: {
  send: FormAction;
  activities: Activity[];
  addWaiting: boolean;
  initialActivity?: string;
  /** Made by the server for this page, so the first render matches on the phone. */
  initialClientId: string;
}) {
  const [state, action] = useActionState(send, idleForm);
  const form = useFocusFirstError(state);
  const [clientId, setClientId] = useState(initialClientId);
  const choices = [
    ...activities.filter((a) => !a.waiting).map((a) => ({ value: a.key, label: a.name })),
    ...(addWaiting ? [] : [{ value: "add", label: "Add an activity" }]),
  ];
  const [activity, setActivity] = useState(
    choices.some((c) => c.value === initialActivity) ? initialActivity! : (choices[0]?.value ?? ""),
  );
  const chosen = activities.find((a) => a.key === activity);

  // After a request is stored, the next one is a new request with its own id (a retry keeps the same one).
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.status === "success") setClientId(crypto.randomUUID());
  }

  if (choices.length === 0)
    return <p className="text-slate-700">You have asked about each one. Wait for the answers.</p>;

  const errors = state.fieldErrors ?? {};
  return (
    <form ref={form} action={action} noValidate className="flex flex-col gap-4">
      {state.message ? (
        <Notice tone={state.status === "success" ? "success" : "error"}>{state.message}</Notice>
      ) : null}
      <input type="hidden" name="clientId" value={clientId} />
      <SelectField
        label="Which activity?"
        name="activity"
        value={activity}
        onChange={(e) => setActivity(e.target.value)}
        options={choices}
        error={errors.activity}
      />
      {activity === "add" ? (
        <>
          <input type="hidden" name="reason" value="add_activity" />
          <TextField
            label="What would you like to add?"
            name="newActivityName"
            maxLength={60}
            error={errors.newActivityName}
          />
        </>
      ) : (
        <fieldset aria-describedby={errors.reason ? "reason-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">Why?</legend>
          <div className="mt-1.5 flex flex-col gap-1">
            {CHANGE_REQUEST_REASONS.filter((r) => r !== "add_activity").map((r) => (
              <label key={r} className="flex min-h-11 items-center gap-3 text-base">
                <input type="radio" name="reason" value={r} className="size-5 accent-brand-700" />
                {REASON_FOR_PATIENT[r]}
              </label>
            ))}
          </div>
          {errors.reason ? (
            <p id="reason-error" className="text-sm font-medium text-red-700">
              {errors.reason}
            </p>
          ) : null}
        </fieldset>
      )}
      <TextField
        label={
          chosen ? `How much would you like to do each day? (${chosen.unitLabel})` : "How much each day?"
        }
        name="suggestedAmount"
        inputMode="numeric"
        hint={
          chosen?.quota != null
            ? `You can leave this empty. Now it is ${chosen.quota} ${chosen.unitLabel}.`
            : "You can leave this empty."
        }
        error={errors.suggestedAmount}
      />
      <TextAreaField
        label="Is there more to tell your physio?"
        name="note"
        rows={3}
        maxLength={500}
        error={errors.note}
      />
      <SubmitButton pendingLabel="Sending…" className="self-start">
        Send to my physio
      </SubmitButton>
    </form>
  );
}
