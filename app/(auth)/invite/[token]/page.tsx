import "server-only";
import type { Metadata } from "next";
import { LinkProblem } from "@/components/auth/link-problem";
import { AcceptInviteForm } from "@/components/auth/accept-invite-form";
import { getDb } from "@/db/client";
import { lookUpInvite, type InviteProblem } from "@/db/queries/invites";
import { inviteTokenSchema } from "@/lib/validation/invite";
import { acceptInviteAction } from "./actions";

export const metadata: Metadata = { title: "Set up your account", referrer: "no-referrer" };

const problemText: Record<InviteProblem, { title: string; body: string }> = {
  not_found: {
    title: "This link does not work",
    body: "It may have been copied only in part. Ask your physiotherapist to send you a new link.",
  },
  expired: {
    title: "This link has expired",
    body: "Invite links work for 7 days. Ask your physiotherapist to send you a new one.",
  },
  used: {
    title: "This link has already been used",
    body: "Your account is set up. Sign in with your email and the password you chose.",
  },
  replaced: {
    title: "A newer link was sent",
    body: "Your physiotherapist sent you a newer invite link. Please use that one.",
  },
};

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const parsed = inviteTokenSchema.safeParse(token);
  const invite = parsed.success
    ? await lookUpInvite(await getDb(), parsed.data)
    : ({ ok: false, problem: "not_found" } as const);

  if (!invite.ok) {
    const text = problemText[invite.problem];
    return <LinkProblem {...text} />;
  }

  return (
    <>
      <h1 className="text-xl font-semibold">Welcome, {invite.patientName}</h1>
      <p className="mt-1 text-sm text-slate-600">
        {invite.clinicName} invited you to Gradus. Choose a password to finish setting up your account.
      </p>
      <AcceptInviteForm email={invite.email} accept={acceptInviteAction.bind(null, token)} />
    </>
  );
}
