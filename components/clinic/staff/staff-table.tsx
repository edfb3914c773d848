"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

export type StaffRow = {
  id: string;
  name: string;
  email: string;
  role: "clinician" | "admin";
  disabled: boolean;
  twoStep: boolean;
  isYou: boolean;
};
type OpenInvite = { id: string; name: string; email: string; role: string; expiresAt: string };

type Props = {
  staff: StaffRow[];
  invites: OpenInvite[];
  changeRole: FormAction;
  setAccess: FormAction;
  resetTwoStep: FormAction;
  withdraw: FormAction;
};

/** The clinic's staff with what an admin can change for each, and the invitations still open. */
export function StaffTable({ staff, invites, changeRole, setAccess, resetTwoStep, withdraw }: Props) {
  return (
    <div className="flex flex-col gap-6">
      <ul className="flex flex-col divide-y divide-slate-200">
        {staff.map((s) => (
          <li key={s.id} className="flex flex-col gap-2 py-3">
            <div>
              <p className="font-medium">
                {s.name}
                {s.isYou ? <span className="text-slate-500"> (you)</span> : null}
              </p>
              <p className="text-sm text-slate-600">
                {s.email} · {s.role === "admin" ? "Admin" : "Clinician"} ·{" "}
                {s.disabled ? "Disabled" : "Active"} · two-step sign-in {s.twoStep ? "on" : "off"}
              </p>
            </div>
            <div className="flex flex-wrap gap-2">
              <StaffButton
                action={changeRole}
                fields={{ userId: s.id, role: s.role === "admin" ? "clinician" : "admin" }}
                label={s.role === "admin" ? "Make clinician" : "Make admin"}
                who={s.name}
              />
              <StaffButton
                action={setAccess}
                fields={{ userId: s.id, access: s.disabled ? "enable" : "disable" }}
                label={s.disabled ? "Enable account" : "Disable account"}
                who={s.name}
                confirm={
                  s.disabled
                    ? undefined
                    : `Disable ${s.name}? They are signed out everywhere at once and cannot sign in until enabled.`
                }
              />
              {s.twoStep ? (
                <StaffButton
                  action={resetTwoStep}
                  fields={{ userId: s.id }}
                  label="Reset two-step sign-in"
                  who={s.name}
                  confirm={`Reset ${s.name}'s two-step sign-in? They are signed out and set it up again with their password.`}
                />
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      {invites.length > 0 ? (
        <div>
          <h3 className="font-medium">Open invitations</h3>
          <ul className="mt-2 flex flex-col gap-2 text-sm">
            {invites.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  {i.name} ({i.email}), {i.role}, until{" "}
                  {new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" }).format(new Date(i.expiresAt))}
                </span>
                <StaffButton action={withdraw} fields={{ inviteId: i.id }} label="Withdraw" who={i.name} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** One change for one person: a small form, with a confirmation step where the change locks someone out. */
function StaffButton({
  action,
  fields,
  label,
  who,
  confirm,
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  who: string;
  confirm?: string;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  const [confirming, setConfirming] = useState(false);
  const hidden = Object.entries(fields).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
  return (
    <form action={formAction} className="flex flex-col gap-2" aria-label={`${label}: ${who}`}>
      {hidden}
      {state.status === "error" && state.message ? (
        <Notice tone="error">{state.message}</Notice>
      ) : state.status === "success" && state.message ? (
        <p role="status" className="sr-only">
          {state.message}
        </p>
      ) : null}
      {confirm && !confirming ? (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
          {label}
          <span className="sr-only">: {who}</span>
        </Button>
      ) : confirm ? (
        <div
          role="group"
          aria-label="Confirm"
          className="flex flex-col gap-2 rounded-lg bg-amber-50 p-2 text-sm"
        >
          <p>{confirm}</p>
          <div className="flex gap-2">
            <SubmitButton pendingLabel="Saving…">Yes, {label.toLowerCase()}</SubmitButton>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              Go back
            </Button>
          </div>
        </div>
      ) : (
        <SubmitButton pendingLabel="Saving…" variant="secondary">
          {label}
          <span className="sr-only">: {who}</span>
        </SubmitButton>
      )}
    </form>
  );
}
