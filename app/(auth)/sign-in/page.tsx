import type { Metadata } from "next";
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
    </>
  );
}
