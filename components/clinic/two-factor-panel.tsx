"use client";

import { useActionState } from "react";
import { ButtonLink } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleForm, type FormAction, type FormState } from "@/lib/forms/form-state";

export type TotpConfirmState = FormState & { recoveryCodes?: string[] };

type Props = {
  status: "off" | "pending" | "on";
  required: boolean;
  /** While setting up: the QR code image and the same secret as text, for typing in by hand. */
  setup?: { qrDataUri: string; secret: string };
  begin: () => Promise<void>;
  confirm: (prev: TotpConfirmState, formData: FormData) => Promise<TotpConfirmState>;
  disable: FormAction;
};

/** Turning two-step sign-in on (scan, confirm with a code, keep the recovery codes) or off. */
export function TwoFactorPanel({ status, required, setup, begin, confirm, disable }: Props) {
  const [confirmed, confirmAction] = useActionState(confirm, idleForm as TotpConfirmState);
  const [disabled, disableAction] = useActionState(disable, idleForm);

  if (confirmed.recoveryCodes) return <RecoveryCodes codes={confirmed.recoveryCodes} />;
  if (status === "on")
    return (
      <div className="flex flex-col gap-4">
        <p className="text-sm text-slate-700">
          <strong className="font-semibold">On.</strong> Signing in asks for a code from your authenticator
          app.
        </p>
        {required ? (
          <p className="text-sm text-slate-600">
            Your clinic requires two-step sign-in, so it cannot be turned off.
          </p>
        ) : (
          <form action={disableAction} className="flex flex-col gap-3" noValidate>
            {disabled.status === "error" && disabled.message ? (
              <Notice tone="error">{disabled.message}</Notice>
            ) : null}
            <TextField
              label="Your password, to turn it off"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              error={disabled.fieldErrors?.password}
            />
            <SubmitButton variant="secondary" pendingLabel="Turning off…" className="self-start">
              Turn off two-step sign-in
            </SubmitButton>
          </form>
        )}
      </div>
    );
  if (status === "pending" && setup)
    return (
      <div className="flex flex-col gap-4">
        <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
          <li>
            Open an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator
            or 1Password).
          </li>
          <li>Scan this QR code, or type the key below into the app.</li>
          <li>Enter the 6-digit code the app shows.</li>
        </ol>
        {/* eslint-disable-next-line @next/next/no-img-element -- a data URI drawn on the server, nothing to optimise */}
        <img
          src={setup.qrDataUri}
          alt="QR code for your authenticator app. If you cannot scan it, type the key shown below."
          width={200}
          height={200}
          className="rounded-lg border border-slate-200 bg-white"
        />
        <div>
          <p className="text-sm font-medium text-slate-800" id="totp-key-label">
            Key (type it in if you cannot scan)
          </p>
          <p aria-labelledby="totp-key-label" className="mt-1 font-mono text-base tracking-wider break-all">
            {setup.secret}
          </p>
        </div>
        <form action={confirmAction} className="flex flex-col gap-3" noValidate>
          {confirmed.status === "error" && confirmed.message ? (
            <Notice tone="error">{confirmed.message}</Notice>
          ) : null}
          <TextField
            label="Code from the app"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            error={confirmed.fieldErrors?.code}
          />
          <SubmitButton pendingLabel="Checking…" className="self-start">
            Turn on two-step sign-in
          </SubmitButton>
        </form>
      </div>
    );
  return (
    <form action={begin} className="flex flex-col gap-3">
      <p className="text-sm text-slate-700">
        <strong className="font-semibold">Off.</strong> With two-step sign-in, a stolen password alone is not
        enough to open patient records: signing in also asks for a code from an app on your phone.
      </p>
      <SubmitButton pendingLabel="Preparing…" className="self-start">
        Set up two-step sign-in
      </SubmitButton>
    </form>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="flex flex-col gap-4">
      <Notice tone="success" title="Two-step sign-in is on.">
        Keep these recovery codes somewhere safe, away from your phone. Each works once if you lose the app.
        They are shown only now.
      </Notice>
      <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-2 font-mono text-base sm:max-w-sm">
        {codes.map((c) => (
          <li key={c} className="rounded border border-slate-200 bg-slate-50 px-2 py-1 text-center">
            {c}
          </li>
        ))}
      </ul>
      <ButtonLink href="/patients" className="self-start">
        I have saved them, continue
      </ButtonLink>
    </div>
  );
}
