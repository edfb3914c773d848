import "server-only";
import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { TwoFactorPanel } from "@/components/clinic/two-factor-panel";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { findUserEmail } from "@/db/queries/sessions";
import { requireStaffAccount } from "@/lib/auth/session";
import { groupedSecret } from "@/lib/auth/totp";
import { qrCodeDataUri } from "@/lib/auth/totp-qr";
import { twoFactorState } from "@/lib/auth/two-factor-setup";
import { changePasswordAction } from "../../(auth)/actions";
import { beginTotpAction, confirmTotpAction, disableTotpAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

/** Password and two-step sign-in for the signed-in staff member (open even before required 2FA is set up). */
export default async function AccountPage({ searchParams }: { searchParams: Promise<{ setup?: string }> }) {
  const actor = await requireStaffAccount();
  const db = await getDb();
  const email = (await findUserEmail(db, actor.userId)) ?? "";
  const state = await twoFactorState(db, actor, email);
  const mustSetUp = actor.mustSetUpTotp || (await searchParams).setup === "required";

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your account</h1>
        <p className="mt-1 text-sm text-slate-600">Signed in as {email}.</p>
      </div>
      {mustSetUp && state.status !== "on" ? (
        <Notice tone="info" title="Your clinic requires two-step sign-in">
          Set it up below to open the patient list. It takes about a minute with an authenticator app.
        </Notice>
      ) : null}
      <Card>
        <h2 className="font-semibold">Two-step sign-in</h2>
        <div className="mt-4">
          <TwoFactorPanel
            status={state.status}
            required={state.required}
            setup={
              state.status === "pending"
                ? { qrDataUri: qrCodeDataUri(state.uri), secret: groupedSecret(state.secret) }
                : undefined
            }
            begin={beginTotpAction}
            confirm={confirmTotpAction}
            disable={disableTotpAction}
          />
        </div>
      </Card>
      <Card>
        <h2 className="font-semibold">Change password</h2>
        <p className="mt-1 text-sm text-slate-600">
          You stay signed in here; every other device is signed out.
        </p>
        <div className="mt-4">
          <ChangePasswordForm change={changePasswordAction} />
        </div>
      </Card>
    </div>
  );
}
