"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleForm, type FormState } from "@/lib/forms/form-state";
import type { InviteFormState } from "@/lib/validation/patient";
import { InviteLink } from "./invite-link";

/**
 * For a patient without an account: send a new invite (by email, and as a link to copy; older unused links
 * stop working), or stop the current link after a confirmation.
 */
export function InvitePanel({
  reissue,
  revoke,
}: {
  reissue: (previous: InviteFormState) => Promise<InviteFormState>;
  revoke: (previous: FormState) => Promise<FormState>;
}) {
  const [state, action] = useActionState(reissue, idleForm as InviteFormState);
  const [revoked, revokeAction] = useActionState(revoke, idleForm);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">
        This patient has not set up their account yet. Send a new invite if they lost theirs or it expired: it
        goes to their email, and you can copy the link too. Any earlier link stops working.
      </p>
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {state.status === "success" && state.inviteUrl && state.inviteExpiresAt ? (
        <>
          <Notice tone="success">Invite email queued to send.</Notice>
          <InviteLink url={state.inviteUrl} expiresAt={state.inviteExpiresAt} />
        </>
      ) : null}
      {revoked.message ? (
        <Notice tone={revoked.status === "error" ? "error" : "success"}>{revoked.message}</Notice>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <form action={action}>
          <SubmitButton variant="secondary" pendingLabel="Sending…">
            {state.status === "success" ? "Send another invite" : "Send a new invite"}
          </SubmitButton>
        </form>
        {confirming ? null : (
          <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
            Stop the invite link
          </Button>
        )}
      </div>
      {confirming ? (
        <form
          action={async () => {
            await revokeAction();
            setConfirming(false);
          }}
          className="flex flex-col gap-3 rounded-md border border-amber-200 bg-amber-50 p-4"
        >
          <p className="text-sm text-slate-800">
            Stop every unused invite link of this patient? They will not be able to set up their account until
            you send a new invite.
          </p>
          <div className="flex flex-wrap gap-3">
            <SubmitButton pendingLabel="Stopping…">Yes, stop the link</SubmitButton>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
