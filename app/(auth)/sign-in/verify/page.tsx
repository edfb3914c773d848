import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SecondFactorForm } from "@/components/auth/second-factor-form";
import { getActor, homePathFor } from "@/lib/auth/session";
import { verifySecondFactorAction } from "../actions";

export const metadata: Metadata = { title: "Two-step sign-in" };

export default async function VerifyPage() {
  const actor = await getActor();
  if (actor) redirect(homePathFor(actor));
  return (
    <>
      <h1 className="text-xl font-semibold">Enter your code</h1>
      <p className="mt-1 text-sm text-slate-600">
        Open your authenticator app and enter the 6-digit code it shows for Gradus.
      </p>
      <SecondFactorForm verify={verifySecondFactorAction} />
      <p className="mt-4 text-sm">
        <Link href="/sign-in" className="text-brand-700 underline underline-offset-4">
          Back to sign in
        </Link>
      </p>
    </>
  );
}
