import "server-only";
import type { RequestMeta } from "@/db/actor";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import {
  applyEmailChange,
  claimEmailChange,
  lockAccountForEmailChange,
  signInEmailTaken,
  type EmailChangeProblem,
} from "@/db/queries/email-changes";
import { isUniqueViolation } from "@/db/queries/patients";
import { shouldAuditRefusal } from "@/lib/limits/write-limit";

export type ConfirmEmailChangeResult =
  | { status: "changed"; email: string }
  | { status: "link_problem"; problem: EmailChangeProblem }
  | { status: "taken" };

class Taken extends Error {}

/**
 * Confirms a patient's new sign-in email from the link sent to that address (the token is the credential;
 * nobody needs to be signed in). Only a POST calls this: opening the link changes nothing, since mail
 * scanners open links. In one transaction: the link is used once (of two submissions one wins), the account's
 * sign-in and the record's contact address become the new one, "forgot password" links sent to the old
 * address stop working, and the change is audited with before and after. Sessions stay as they are: the
 * person's password is unchanged.
 */
export async function confirmEmailChange(
  db: Database,
  input: { token: string },
  meta: RequestMeta,
  now = new Date(),
): Promise<ConfirmEmailChangeResult> {
  try {
    return await db.transaction(async (tx): Promise<ConfirmEmailChangeResult> => {
      const claimed = await claimEmailChange(tx, input.token, now);
      if (!claimed) return { status: "link_problem", problem: "used" };
      const account = await lockAccountForEmailChange(tx, claimed);
      if (!account) return { status: "link_problem", problem: "not_found" };
      if (await signInEmailTaken(tx, claimed.newEmail, claimed.userId)) throw new Taken();
      await applyEmailChange(tx, { ...claimed, email: claimed.newEmail, version: account.version }, now);
      await recordAudit(tx, {
        action: "patient.email_change.confirm",
        actorUserId: claimed.userId,
        clinicId: claimed.clinicId,
        patientId: claimed.patientId,
        ip: meta.ip,
        userAgent: meta.userAgent,
        details: { before: { email: account.email }, after: { email: claimed.newEmail } },
      });
      return { status: "changed", email: claimed.newEmail };
    });
  } catch (error) {
    // Someone took the address since the request (another account, or another patient of the clinic).
    if (error instanceof Taken || isUniqueViolation(error)) {
      if (await shouldAuditRefusal(db, meta.ip ?? "email-change", now))
        await recordAudit(db, {
          action: "patient.email_change.refused",
          ip: meta.ip,
          userAgent: meta.userAgent,
          details: { problem: "taken" },
        });
      return { status: "taken" };
    }
    throw error;
  }
}
