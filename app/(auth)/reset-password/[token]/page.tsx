import "server-only";
import type { Metadata } from "next";
import { LinkProblem } from "@/components/auth/link-problem";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { getDb } from "@/db/client";
import { lookUpPasswordReset, type ResetProblem } from "@/db/queries/password-resets";
import { resetTokenSchema } from "@/lib/validation/auth";
import { resetPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

const problemText: Record<ResetProblem, { title: string; body: string }> = {
  not_found: {
    title: "This link does not work",
    body: "It may have been copied only in part. Ask for a new link on the sign-in page.",
  },
  expired: {
    title: "This link has expired",
    body: "Links to choose a new password work for one hour. Ask for a new one on the sign-in page.",
  },
  used: {
    title: "This link has already been used",
    body: "Sign in with the password you chose, or ask for a new link on the sign-in page.",
  },
  replaced: {
    title: "A newer link was sent",
    body: "Please use the newest link we sent you.",
  },
};

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const parsed = resetTokenSchema.safeParse(token);
  const link = parsed.success
    ? await lookUpPasswordReset(await getDb(), parsed.data)
    : ({ ok: false, problem: "not_found" } as const);
  if (!link.ok) {
    const text = problemText[link.problem];
    return <LinkProblem {...text} next={{ href: "/forgot-password", label: "Ask for a new link" }} />;
  }
  return (
    <>
      <h1 className="text-xl font-semibold">Choose a new password</h1>
      <p className="mt-1 text-sm text-slate-600">Choosing a new password signs you out on every device.</p>
      <ResetPasswordForm email={link.email} reset={resetPasswordAction.bind(null, token)} />
    </>
  );
}
