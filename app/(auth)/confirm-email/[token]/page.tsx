import "server-only";
import type { Metadata } from "next";
import { LinkProblem } from "@/components/auth/link-problem";
import { ConfirmEmailForm } from "@/components/auth/confirm-email-form";
import { getDb } from "@/db/client";
import { lookUpEmailChange, type EmailChangeProblem } from "@/db/queries/email-changes";
import { resetTokenSchema } from "@/lib/validation/auth";
import { confirmEmailChangeAction } from "./actions";

export const metadata: Metadata = { title: "Confirm your new email", referrer: "no-referrer" };

const problemText: Record<EmailChangeProblem, { title: string; body: string }> = {
  not_found: {
    title: "This link does not work",
    body: "It may have been copied only in part. Please ask your clinic to send a new link.",
  },
  expired: {
    title: "This link has expired",
    body: "Links to confirm a new email work for 24 hours. Please ask your clinic to send a new one.",
  },
  used: {
    title: "This email is already confirmed",
    body: "Sign in with your new email and your usual password.",
  },
  replaced: {
    title: "This link no longer works",
    body: "A newer link was sent, or the change was cancelled. Please use the newest link from your clinic.",
  },
};

/** Opening the page only reads the link (mail scanners open links); the button's POST confirms it. */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const parsed = resetTokenSchema.safeParse(token);
  const link = parsed.success
    ? await lookUpEmailChange(await getDb(), parsed.data)
    : ({ ok: false, problem: "not_found" } as const);
  if (!link.ok) {
    const text = problemText[link.problem];
    return <LinkProblem {...text} />;
  }
  return (
    <>
      <h1 className="text-xl font-semibold">Confirm your new email</h1>
      <ConfirmEmailForm email={link.newEmail} confirm={confirmEmailChangeAction.bind(null, token)} />
    </>
  );
}
