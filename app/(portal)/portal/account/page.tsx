import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { requirePatientPastAdvice } from "@/lib/auth/require-patient-past-advice";
import { changePasswordAction } from "../../../(auth)/actions";

export const metadata: Metadata = { title: "Your account" };

export default async function PortalAccountPage() {
  await requirePatientPastAdvice();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">Your account</h1>
      <section className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 className="font-semibold">Change password</h2>
        <p className="mt-1 text-sm text-slate-600">
          You stay signed in on this phone. Any other phone or computer you used is signed out.
        </p>
        <div className="mt-4">
          <ChangePasswordForm change={changePasswordAction} />
        </div>
      </section>
    </div>
  );
}
