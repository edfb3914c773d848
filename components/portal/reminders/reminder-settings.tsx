"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { idleForm, type FormAction } from "@/lib/forms/form-state";
import type { ReminderPreferences } from "@/lib/domain/reminders/due";

function Check({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <label className="flex min-h-11 items-center gap-3 text-base">
      <input type="checkbox" name={name} defaultChecked={checked} className="size-5" />
      {label}
    </label>
  );
}

/** Which reminders, how they come, and when: the patient's own choice. */
export function ReminderSettings({ prefs, save }: { prefs: ReminderPreferences; save: FormAction }) {
  const [state, action] = useActionState(save, idleForm);
  const form = useFocusFirstError(state);
  const err = state.fieldErrors ?? {};
  return (
    <form ref={form} action={action} className="flex flex-col gap-4" noValidate>
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {state.status === "success" && state.message ? <Notice tone="success">{state.message}</Notice> : null}
      <fieldset className="flex flex-col">
        <legend className="font-medium">Remind me about</legend>
        <Check name="diary" label="My diary, if I have not filled it in" checked={prefs.diary} />
        <Check name="questionnaire" label="Questionnaires when they are due" checked={prefs.questionnaire} />
        <Check name="checkIn" label="My weekly questions" checked={prefs.checkIn} />
      </fieldset>
      <fieldset className="flex flex-col">
        <legend className="font-medium">Send reminders by</legend>
        <Check name="email" label="Email" checked={prefs.email} />
        <Check name="push" label="Notification on this phone" checked={prefs.push} />
      </fieldset>
      <TextField
        label="Time of day"
        name="sendAt"
        type="time"
        defaultValue={prefs.sendAt}
        hint="You get at most one reminder a day, at this time."
        error={err.sendAt}
        required
      />
      <div className="grid grid-cols-2 gap-3">
        <TextField
          label="Quiet from"
          name="quietFrom"
          type="time"
          defaultValue={prefs.quietFrom}
          error={err.quietFrom}
          required
        />
        <TextField
          label="Quiet until"
          name="quietUntil"
          type="time"
          defaultValue={prefs.quietUntil}
          error={err.quietUntil}
          required
        />
      </div>
      <SubmitButton pendingLabel="Saving…" className="w-full sm:w-auto">
        Save reminder settings
      </SubmitButton>
    </form>
  );
}

/** One tap: pause every reminder for a week (or end the pause). */
export function PauseReminders({ pausedUntil, change }: { pausedUntil: string | null; change: FormAction }) {
  const [state, action] = useActionState(change, idleForm);
  return (
    <form action={action} className="flex flex-col gap-3">
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {state.status === "success" && state.message ? <Notice tone="success">{state.message}</Notice> : null}
      {pausedUntil ? (
        <>
          <p>Reminders are paused until {pausedUntil}.</p>
          <input type="hidden" name="action" value="resume" />
          <SubmitButton pendingLabel="Turning on…" variant="secondary">
            Turn reminders back on
          </SubmitButton>
        </>
      ) : (
        <>
          <input type="hidden" name="action" value="pause" />
          <SubmitButton pendingLabel="Pausing…" variant="secondary">
            Pause reminders for a week
          </SubmitButton>
        </>
      )}
    </form>
  );
}

const KIND_LABELS = {
  diary: "diary reminders",
  questionnaire: "questionnaire reminders",
  check_in: "weekly question reminders",
} as const;

/** One tap per kind: stop this kind of reminder (it can be turned back on in the settings below). */
export function StopKinds({ prefs, change }: { prefs: ReminderPreferences; change: FormAction }) {
  const [state, action] = useActionState(change, idleForm);
  const on = (
    [
      ["diary", prefs.diary],
      ["questionnaire", prefs.questionnaire],
      ["check_in", prefs.checkIn],
    ] as const
  ).filter(([, enabled]) => enabled);
  if (on.length === 0) return <p>All reminders are stopped. You can turn them on below.</p>;
  return (
    <form action={action} className="flex flex-col gap-2">
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {state.status === "success" && state.message ? <Notice tone="success">{state.message}</Notice> : null}
      <input type="hidden" name="action" value="stop" />
      {on.map(([kind]) => (
        <SubmitButton key={kind} name="kind" value={kind} pendingLabel="Stopping…" variant="secondary">
          Stop {KIND_LABELS[kind]}
        </SubmitButton>
      ))}
    </form>
  );
}
