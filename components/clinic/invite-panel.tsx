"use client";

import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleForm } from "@/lib/forms/form-state";
import type { InviteFormState } from "@/lib/validation/patient";
import { InviteLink } from "./invite-link";

/** For a patient without an account: issue a new invite link (older unused links stop working). */
export function InvitePanel({
  reissue,
}: {
  reissue: (previous: InviteFormState) => Promise<InviteFormState>;
}) {
  const [state, action] = useActionState(reissue, idleForm as InviteFormState);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">
        This patient has not set up their account yet. Issue a new invite link if they lost theirs or it
        expired; any earlier link stops working.
      </p>
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {state.status === "success" && state.inviteUrl && state.inviteExpiresAt ? (
        <InviteLink url={state.inviteUrl} expiresAt={state.inviteExpiresAt} />
      ) : null}
      <form action={action}>
        <SubmitButton variant="secondary" pendingLabel="Creating link…">
          {state.status === "success" ? "Create another link" : "Create a new invite link"}
        </SubmitButton>
      </form>
    </div>
  );
}
