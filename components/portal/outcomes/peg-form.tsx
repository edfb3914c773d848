"use client";

import { useActionState, useState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { idleForm, type FormAction } from "@/lib/forms/form-state";
import { ScalePicker } from "../diary/scale-picker";

const QUESTIONS = [
  {
    name: "pain",
    legend: "What number best describes your pain on average in the past week?",
    low: "no pain",
    high: "pain as bad as you can imagine",
  },
  {
    name: "enjoyment",
    legend: "In the past week, how much has pain got in the way of enjoying life?",
    low: "not at all",
    high: "completely",
  },
  {
    name: "activity",
    legend: "In the past week, how much has pain got in the way of your general activity?",
    low: "not at all",
    high: "completely",
  },
] as const;

/** PEG: three 0-10 questions about the past week (pain, enjoyment of life, general activity). */
export function PegForm({ clientId, submit }: { clientId: string; submit: FormAction }) {
  const [state, action] = useActionState(submit, idleForm);
  const form = useFocusFirstError(state);
  const [values, setValues] = useState<Record<string, number | null>>({});
  return (
    <form ref={form} action={action} className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="clientId" value={clientId} />
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {QUESTIONS.map((q) => (
        <ScalePicker
          key={q.name}
          name={q.name}
          legend={q.legend}
          low={q.low}
          high={q.high}
          value={values[q.name] ?? null}
          error={state.fieldErrors?.[q.name]}
          onChange={(v) => setValues((x) => ({ ...x, [q.name]: v }))}
        />
      ))}
      <SubmitButton pendingLabel="Saving…" className="h-12 text-base">
        Save my answers
      </SubmitButton>
    </form>
  );
}
