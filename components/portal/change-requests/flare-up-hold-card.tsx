"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

type Props = {
  start: FormAction;
  plan: string;
  maxDays: number;
  runningUntil: string | null;
  waitingForPhysio: boolean;
  canStart: boolean;
  clinicianName: string;
  /** Made by the server for this page: a resent start carries the same id. */
  clientId: string;
};

/** The flare-up plan agreed with the physio, and the button that starts its hold after a flare-up. */
export function FlareUpHoldCard({
  start,
  plan,
  maxDays,
  runningUntil,
  waitingForPhysio,
  canStart,
  clinicianName,
  clientId,
}: Props) {
  const [state, action] = useActionState(start, idleForm);
  const days = Array.from({ length: maxDays }, (_, i) => i + 1);
  return (
    <section
      aria-labelledby="flare-up-plan-heading"
      className="rounded-xl border border-slate-200 bg-white p-4"
    >
      <h2 id="flare-up-plan-heading" className="font-semibold">
        Your flare-up plan
      </h2>
      <p className="mt-1 text-slate-700">{plan}</p>
      {state.message ? (
        <div className="mt-3">
          <Notice tone={state.status === "success" ? "success" : "error"}>{state.message}</Notice>
        </div>
      ) : null}
      {state.status === "success" ? (
        <p className="mt-2">
          <Link href="/portal/check-in" className="font-medium text-brand-800 underline">
            Answer the safety questions
          </Link>
        </p>
      ) : runningUntil ? (
        <p className="mt-3 font-medium">Your hold runs until {runningUntil}. Keep to today&apos;s amounts.</p>
      ) : canStart ? (
        <form action={action} className="mt-3 flex flex-col gap-3">
          <input type="hidden" name="clientId" value={clientId} />
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">For how many days?</legend>
            <div className="mt-1.5 flex flex-wrap gap-3">
              {days.map((d) => (
                <label key={d} className="flex min-h-11 items-center gap-2">
                  <input
                    type="radio"
                    name="days"
                    value={d}
                    defaultChecked={d === maxDays}
                    className="size-5 accent-brand-700"
                  />
                  {d === 1 ? "1 day" : `${d} days`}
                </label>
              ))}
            </div>
          </fieldset>
          <SubmitButton pendingLabel="Starting…" className="self-start">
            Start my flare-up hold
          </SubmitButton>
        </form>
      ) : waitingForPhysio ? (
        <p className="mt-3 text-slate-700">
          {clinicianName} has not seen your last hold yet. Until then, ask them to change your plan.
        </p>
      ) : (
        <p className="mt-3 text-sm text-slate-600">
          If you have a flare-up, save it in today&apos;s diary first. Then you can start the hold here.
        </p>
      )}
    </section>
  );
}
