"use client";

import { useActionState, useState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { HISTORY_CHANGED_KEY, questionsToAsk, type RedFlagKey } from "@/lib/domain/red-flags";
import { idleForm, type FormAction } from "@/lib/forms/form-state";
import { YesNo } from "../diary/yes-no";

/**
 * The red-flag questions, each a plain yes or no. Answers stay on screen if the server refuses the form, and
 * the submission id stays the same, so pressing the button twice stores one answer. Once the history is
 * known, its questions come back only after a "yes, something changed".
 */
export function CheckInForm({
  clientId,
  historyKnown,
  submit,
}: {
  clientId: string;
  historyKnown: boolean;
  submit: FormAction;
}) {
  const [state, action] = useActionState(submit, idleForm);
  const form = useFocusFirstError(state);
  const [answers, setAnswers] = useState<Partial<Record<RedFlagKey, boolean>>>({});
  const missing = (key: RedFlagKey) => state.fieldErrors?.[`answers.${key}`] && answers[key] === undefined;

  return (
    <form ref={form} action={action} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="clientId" value={clientId} />
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {questionsToAsk(historyKnown, answers[HISTORY_CHANGED_KEY] ?? null).map((q) => (
        <div key={q.key}>
          <YesNo
            name={`answer.${q.key}`}
            legend={q.text}
            value={answers[q.key] ?? null}
            onChange={(v) => setAnswers((a) => ({ ...a, [q.key]: v }))}
          />
          {missing(q.key) ? (
            <p className="mt-1 text-sm font-medium text-red-700">Please answer yes or no.</p>
          ) : null}
        </div>
      ))}
      <SubmitButton pendingLabel="Sending…" className="h-12 text-base">
        Send my answers
      </SubmitButton>
    </form>
  );
}
