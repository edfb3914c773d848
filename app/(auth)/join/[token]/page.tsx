import "server-only";
import type { Metadata } from "next";
import { LinkProblem } from "@/components/auth/link-problem";
import { AcceptInviteForm } from "@/components/auth/accept-invite-form";
import { getDb } from "@/db/client";
import { lookUpStaffInvite } from "@/db/queries/staff";
import { inviteTokenSchema } from "@/lib/validation/invite";
import { acceptStaffInviteAction } from "./actions";

export const metadata: Metadata = { title: "Join your clinic", referrer: "no-referrer" };

const problemText = {
  not_found: "It may have been copied only in part. Ask your clinic's admin for a new link.",
  expired: "Invitation links work for 7 days. Ask your clinic's admin for a new one.",
  used: "Your account is set up. Sign in with your email and the password you chose.",
  replaced: "This invitation was withdrawn. Ask your clinic's admin if you still need one.",
} as const;

/** Where a clinician or admin invited by their clinic's admin sets their password. */
export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const parsed = inviteTokenSchema.safeParse(token);
  const invite = parsed.success
    ? await lookUpStaffInvite(await getDb(), parsed.data)
    : ({ ok: false, problem: "not_found" } as const);
  if (!invite.ok)
    return <LinkProblem title="This invitation link does not work" body={problemText[invite.problem]} />;
  return (
    <>
      <h1 className="text-xl font-semibold">Welcome, {invite.name}</h1>
      <p className="mt-1 text-sm text-slate-600">
        {invite.clinicName} invited you to Gradus as {invite.role === "admin" ? "an admin" : "a clinician"}.
        Choose a password to finish setting up your account.
      </p>
      <AcceptInviteForm email={invite.email} accept={acceptStaffInviteAction.bind(null, token)} />
    </>
  );
}
