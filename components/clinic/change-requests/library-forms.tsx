"use client";

import { useActionState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { UNIT_LABEL, UNITS } from "@/lib/domain/graded-activity/units";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

/** Adds one of the clinic's own activities to the library. */
export function AddLibraryActivityForm({ add }: { add: FormAction }) {
  const [state, action] = useActionState(add, idleForm);
  const form = useFocusFirstError(state);
  const errors = state.fieldErrors ?? {};
  return (
    <form ref={form} action={action} noValidate className="flex flex-col gap-3">
      {state.message && state.status !== "idle" ? (
        <Notice tone={state.status === "success" ? "success" : "error"}>{state.message}</Notice>
      ) : null}
      <TextField label="Name" name="name" maxLength={60} error={errors.name} />
      <SelectField
        label="Unit"
        name="unit"
        defaultValue="minutes"
        options={UNITS.map((u) => ({ value: u, label: UNIT_LABEL[u].many }))}
        error={errors.unit}
      />
      <TextAreaField
        label="Instructions for the patient"
        name="instructions"
        rows={3}
        maxLength={1000}
        hint="How to do it, what counts, how to measure. Plain words."
        error={errors.instructions}
      />
      <TextField
        label="Video link (optional)"
        name="videoUrl"
        type="url"
        placeholder="https://"
        error={errors.videoUrl}
      />
      <SubmitButton pendingLabel="Adding…" className="self-start">
        Add to the library
      </SubmitButton>
    </form>
  );
}

/** Removes one of the clinic's activities, after a confirmation. */
export function RemoveLibraryActivityForm({
  remove,
  id,
  name,
}: {
  remove: FormAction;
  id: string;
  name: string;
}) {
  const [state, action] = useActionState(remove, idleForm);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (
          !window.confirm(
            `Remove ${name} from your clinic's library? Plans that use it keep their instructions.`,
          )
        )
          e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      {state.status === "error" && state.message ? (
        <p className="text-sm text-red-700">{state.message}</p>
      ) : null}
      <SubmitButton variant="secondary" pendingLabel="Removing…" className="min-h-10">
        Remove {name}
      </SubmitButton>
    </form>
  );
}
