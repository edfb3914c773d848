"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleForm, type FormState } from "@/lib/forms/form-state";

/**
 * A change of sign-in email waiting for the new address to confirm it: send the link again, or cancel the
 * change after a confirmation.
 */
export function EmailChangePanel({
  newEmail,
  expiresAt,
  expired,
  resend,
  cancel,
}: {
  newEmail: string;
  expiresAt: string;
  expired: boolean;
  resend: (previous: FormState) => Promise<FormState>;
  cancel: (previous: FormState) => Promise<FormState>;
}) {
  const [sent, resendAction] = useActionState(resend, idleForm);
  const [cancelled, cancelAction] = useActionState(cancel, idleForm);
  const [confirming, setConfirming] = useState(false);
  if (cancelled.status === "success") return <Notice tone="success">{cancelled.message}</Notice>;
  return (
    <section
      aria-label="Email change"
      className="flex flex-col gap-3 rounded-md border border-amber-200 bg-amber-50 p-4"
    >
      <p className="text-sm text-slate-800">
        Waiting for confirmation at <strong className="break-all">{newEmail}</strong>.{" "}
        {expired
          ? "The link has expired: send a new one."
          : `The link works until ${expiresAt}. Until then the patient signs in with their current email.`}
      </p>
      {sent.message ? (
        <Notice tone={sent.status === "error" ? "error" : "success"}>{sent.message}</Notice>
      ) : null}
      {cancelled.status === "error" && cancelled.message ? (
        <Notice tone="error">{cancelled.message}</Notice>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <form action={resendAction}>
          <SubmitButton variant="secondary" pendingLabel="Sending…">
            Send the link again
          </SubmitButton>
        </form>
        {confirming ? null : (
          <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
            Cancel the change
          </Button>
        )}
      </div>
      {confirming ? (
        <form action={cancelAction} className="flex flex-col gap-3">
          <p className="text-sm text-slate-800">
            Cancel the change to {newEmail}? The link stops working and the sign-in email stays as it is.
          </p>
          <div className="flex flex-wrap gap-3">
            <SubmitButton pendingLabel="Cancelling…">Yes, cancel the change</SubmitButton>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              Keep waiting
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
