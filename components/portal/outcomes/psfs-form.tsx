"use client";

import { useActionState, useState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { PSFS_ITEMS } from "@/lib/domain/outcomes/measures";
import { idleForm, type FormAction } from "@/lib/forms/form-state";
import { ScalePicker } from "../diary/scale-picker";

type Props = {
  clientId: string;
  /** The intake activities to rate again; null at intake, where the patient names them. */
  activities: string[] | null;
  submit: FormAction;
};

const LOW = "unable to do it";
const HIGH = "as well as before my back problem";

/**
 * The Patient-Specific Functional Scale. At intake the patient names 3-5 activities they find hard and rates
 * each; later they rate the same activities again.
 */
export function PsfsForm({ clientId, activities, submit }: Props) {
  const [state, action] = useActionState(submit, idleForm);
  const form = useFocusFirstError(state);
  const rows = activities?.length ?? PSFS_ITEMS.max;
  const [names, setNames] = useState<string[]>(() => activities ?? Array(rows).fill(""));
  const [ratings, setRatings] = useState<(number | null)[]>(() => Array(rows).fill(null));
  const error = (key: string) => state.fieldErrors?.[key];

  return (
    <form ref={form} action={action} className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="clientId" value={clientId} />
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {names.map((name, i) => (
        <fieldset key={i} className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4">
          <legend className="px-1 text-sm font-semibold text-slate-600">
            Activity {i + 1}
            {activities === null && i >= PSFS_ITEMS.min ? " (optional)" : ""}
          </legend>
          {activities === null ? (
            <label className="flex flex-col gap-1.5 text-base font-medium">
              An activity you find hard because of your back
              <input
                name={`activity.${i}`}
                value={name}
                maxLength={80}
                placeholder={
                  ["e.g. putting on socks", "e.g. sitting through a film", "e.g. carrying shopping"][i]
                }
                onChange={(e) => setNames((n) => n.map((v, j) => (j === i ? e.target.value : v)))}
                className="h-12 rounded-lg border border-slate-300 px-3 font-normal"
              />
              {error(`items.${i}.activity`) ? (
                <span className="text-sm text-red-700">{error(`items.${i}.activity`)}</span>
              ) : null}
            </label>
          ) : (
            <p className="text-base font-semibold">{name}</p>
          )}
          <ScalePicker
            name={`rating.${i}`}
            legend={activities === null ? "How well can you do it today?" : `How well can you do this today?`}
            low={LOW}
            high={HIGH}
            value={ratings[i] ?? null}
            error={error(`items.${i}.rating`) ?? error(`ratings.${i}`)}
            onChange={(v) => setRatings((r) => r.map((x, j) => (j === i ? v : x)))}
          />
        </fieldset>
      ))}
      <SubmitButton pendingLabel="Saving…" className="h-12 text-base">
        Save my answers
      </SubmitButton>
    </form>
  );
}
