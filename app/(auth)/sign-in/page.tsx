import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInAction } from "./actions";
import { getActor, homePathFor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  const actor = await getActor();
  if (actor) redirect(homePathFor(actor));
  return (
    <>
      <h1 className="text-xl font-semibold">Sign in</h1>
      <p className="mt-1 text-sm text-slate-600">For patients and clinic staff.</p>
      <SignInForm signIn={signInAction} />
      <Link
        href="/forgot-password"
        className="mt-4 inline-block text-sm font-medium text-brand-700 underline underline-offset-4"
      >
        Forgot your password?
      </Link>
    </>
  );
}
