import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { forgotPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-xl font-semibold">Forgot your password?</h1>
      <p className="mt-1 text-sm text-slate-600">
        Enter the email you sign in with. We will send you a link to choose a new password.
      </p>
      <ForgotPasswordForm request={forgotPasswordAction} />
      <Link
        href="/sign-in"
        className="mt-6 inline-block font-medium text-brand-700 underline underline-offset-4"
      >
        Back to sign in
      </Link>
    </>
  );
}
