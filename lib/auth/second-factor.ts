import "server-only";
import type { RequestMeta } from "@/db/actor";
import type { Database } from "@/db/client";
import {
  claimTotpStep,
  consumeChallenge,
  findOpenChallenge,
  findTotp,
  useRecoveryCode,
} from "@/db/queries/two-factor";
import { hashChallenge, openSession } from "./authenticate";
import { mustWait, recordFailure } from "./sign-in-throttle";
import { hashRecoveryCode, looksLikeRecoveryCode, matchTotp } from "./totp";
import { decryptTotpSecret } from "./totp-secret";

export type SecondFactorResult =
  | { status: "signed_in"; userId: string; sessionId: string }
  | { status: "invalid" }
  | { status: "expired" }
  | { status: "rate_limited" };

/**
 * The second sign-in step: a code from the authenticator app (each code works once) or an unused recovery
 * code, for the challenge a correct password opened. Wrong codes count toward the same back-off as wrong
 * passwords, so the six digits cannot be guessed by trying them all.
 */
export async function verifySecondFactor(
  db: Database,
  input: { challenge: string; code: string },
  meta: RequestMeta,
  now = new Date(),
): Promise<SecondFactorResult> {
  const challenge = await findOpenChallenge(db, hashChallenge(input.challenge), now);
  if (!challenge || challenge.disabledAt) return { status: "expired" };
  if (await mustWait(db, challenge.email, meta, now)) return { status: "rate_limited" };

  const user = {
    id: challenge.userId,
    email: challenge.email,
    clinicId: challenge.clinicId,
    role: challenge.role,
  };
  const sessionId = await db.transaction(async (tx) => {
    const totp = await findTotp(tx, user.id);
    if (!totp?.confirmedAt) return null;
    const step = matchTotp(decryptTotpSecret(totp.secretEncrypted), input.code, now);
    const accepted =
      step !== null
        ? await claimTotpStep(tx, user.id, step)
        : looksLikeRecoveryCode(input.code) &&
          (await useRecoveryCode(tx, user.id, hashRecoveryCode(input.code)));
    if (!accepted) return null;
    if (!(await consumeChallenge(tx, challenge.id, now))) return null;
    return openSession(tx, user, "second_factor", meta, now);
  });
  if (!sessionId) {
    await recordFailure(
      db,
      { email: user.email, factor: "second_factor", userId: user.id, clinicId: user.clinicId },
      meta,
      now,
    );
    return { status: "invalid" };
  }
  return { status: "signed_in", userId: user.id, sessionId };
}
