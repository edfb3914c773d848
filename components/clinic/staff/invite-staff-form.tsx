"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { idleForm } from "@/lib/forms/form-state";
import type { InviteFormState } from "@/lib/validation/patient";
import { InviteLink } from "../invite-link";

type Invite = (previous: InviteFormState, formData: FormData) => Promise<InviteFormState>;

/** Each round is a fresh form; after an invitation its link is shown once. */
export function InviteStaffForm({ invite }: { invite: Invite }) {
  const [round, setRound] = useState(0);
  return <Round key={round} invite={invite} onAnother={() => setRound((r) => r + 1)} />;
}

function Round({ invite, onAnother }: { invite: Invite; onAnother: () => void }) {
  const [state, action] = useActionState(invite, idleForm as InviteFormState);
  const form = useFocusFirstError(state);
  if (state.status === "success" && state.inviteUrl && state.inviteExpiresAt)
    return (
      <div className="flex flex-col gap-4">
        <Notice tone="success">{state.message}</Notice>
        <InviteLink url={state.inviteUrl} expiresAt={state.inviteExpiresAt} />
        <Button type="button" variant="secondary" className="self-start" onClick={onAnother}>
          Invite someone else
        </Button>
      </div>
    );
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form ref={form} action={action} className="flex flex-col gap-4" noValidate>
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Name" name="name" autoComplete="off" defaultValue={v?.name} error={e?.name} />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          hint="Becomes their sign-in."
          defaultValue={v?.email}
          error={e?.email}
        />
      </div>
      <SelectField
        label="Role"
        name="role"
        defaultValue={v?.role ?? "clinician"}
        error={e?.role}
        hint="Admins also manage staff and the clinic's settings."
        options={[
          { value: "clinician", label: "Clinician" },
          { value: "admin", label: "Admin" },
        ]}
      />
      <SubmitButton pendingLabel="Creating…" className="self-start">
        Create invitation link
      </SubmitButton>
    </form>
  );
}
