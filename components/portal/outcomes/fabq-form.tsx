"use client";

import { useActionState, useState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { FABQ_ITEMS, FABQ_PART_ONE_ITEMS } from "@/lib/domain/outcomes/fabq";
import { idleForm, type FormAction } from "@/lib/forms/form-state";
import { FABQ_PARTS } from "@/lib/copy/questionnaires";
import { ScalePicker } from "../diary/scale-picker";

/** The FABQ: 16 statements, each rated 0 (completely disagree) to 6 (completely agree). */
export function FabqForm({ clientId, submit }: { clientId: string; submit: FormAction }) {
  const [state, action] = useActionState(submit, idleForm);
  const form = useFocusFirstError(state);
  const [values, setValues] = useState<Record<number, number>>({});
  const item = (i: number) => (
    <ScalePicker
      key={i}
      name={`item.${i}`}
      legend={`${i + 1}. ${FABQ_ITEMS[i]}`}
      low="completely disagree"
      high="completely agree"
      max={6}
      value={values[i] ?? null}
      error={state.fieldErrors?.[`ratings.${i}`]}
      onChange={(v) => setValues((x) => ({ ...x, [i]: v }))}
    />
  );
  const indexes = FABQ_ITEMS.map((_, i) => i);
  return (
    <form ref={form} action={action} className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="clientId" value={clientId} />
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {FABQ_PARTS.map((part, p) => (
        <section key={part.title} className="flex flex-col gap-5" aria-labelledby={`fabq-part-${p}`}>
          <div>
            <h2 id={`fabq-part-${p}`} className="text-lg font-semibold">
              {part.title}
            </h2>
            <p className="mt-1 text-slate-700">{part.intro}</p>
          </div>
          {indexes.filter((i) => (p === 0 ? i < FABQ_PART_ONE_ITEMS : i >= FABQ_PART_ONE_ITEMS)).map(item)}
        </section>
      ))}
      <SubmitButton pendingLabel="Saving…" className="h-12 text-base">
        Save my answers
      </SubmitButton>
    </form>
  );
}
