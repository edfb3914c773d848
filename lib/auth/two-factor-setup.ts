import "server-only";
import type { Actor } from "@/db/actor";
import type { ChangeContext } from "@/lib/actions/context";
import { conflict, invalid, ok, type Result } from "@/lib/result/result";
import type { Database } from "@/db/client";
import { auditSource, recordAudit } from "@/db/queries/audit";
import { findUserPasswordHash } from "@/db/queries/sessions";
import {
  clinicRequiresTotp,
  confirmTotp,
  findTotp,
  removeTotp,
  replaceRecoveryCodes,
  saveUnconfirmedTotp,
} from "@/db/queries/two-factor";
import { verifyPassword } from "./password";
import { hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, totpUri } from "./totp";
import { decryptTotpSecret, encryptTotpSecret } from "./totp-secret";

export type TwoFactorState =
  | { status: "off"; required: boolean }
  | { status: "pending"; required: boolean; secret: string; uri: string }
  | { status: "on"; required: boolean };

/** What the account page shows: off, being set up (with the secret to scan), or on. */
export async function twoFactorState(db: Database, actor: Actor, email: string): Promise<TwoFactorState> {
  const [totp, required] = await Promise.all([
    findTotp(db, actor.userId),
    actor.kind === "staff" ? clinicRequiresTotp(db, actor.clinicId) : Promise.resolve(false),
  ]);
  if (!totp) return { status: "off", required };
  if (totp.confirmedAt) return { status: "on", required };
  const secret = decryptTotpSecret(totp.secretEncrypted);
  return { status: "pending", required, secret, uri: totpUri(secret, email) };
}

/** Stores a new, unconfirmed secret; an authenticator already confirmed is left alone. */
export async function beginTotpSetup({ db, actor, meta }: ChangeContext): Promise<boolean> {
  return db.transaction(async (tx) => {
    const existing = await findTotp(tx, actor.userId);
    if (existing?.confirmedAt) return false;
    await saveUnconfirmedTotp(tx, actor.userId, encryptTotpSecret(newTotpSecret()));
    await recordAudit(tx, { ...auditSource(actor, meta), action: "account.totp.setup_started" });
    return true;
  });
}

/**
 * Turns two-factor sign-in on once the user proves their app shows the right code; answers the recovery
 * codes, which are shown this once and only their hashes kept.
 */
export async function confirmTotpSetup(
  { db, actor, meta }: ChangeContext,
  code: string,
  now = new Date(),
): Promise<Result<{ recoveryCodes: string[] }>> {
  return db.transaction(async (tx) => {
    const totp = await findTotp(tx, actor.userId);
    if (!totp || totp.confirmedAt) return WRONG_CODE;
    const step = matchTotp(decryptTotpSecret(totp.secretEncrypted), code, now);
    if (step === null || !(await confirmTotp(tx, actor.userId, step, now))) return WRONG_CODE;
    const codes = newRecoveryCodes();
    await replaceRecoveryCodes(tx, actor.userId, codes.map(hashRecoveryCode));
    await recordAudit(tx, { ...auditSource(actor, meta), action: "account.totp.enabled" });
    return ok({ recoveryCodes: codes });
  });
}

const WRONG_CODE = invalid(
  { code: "Not the code the app shows now." },
  "That code is not right. Check the time on your phone is set automatically, then try the new code.",
);

/** Turns two-factor sign-in off after the password is given again; not while the clinic requires it. */
export async function disableTotp({ db, actor, meta }: ChangeContext, password: string): Promise<Result> {
  if (actor.kind === "staff" && (await clinicRequiresTotp(db, actor.clinicId)))
    return conflict("Your clinic requires two-step sign-in, so it cannot be turned off.");
  if (!(await verifyPassword(await findUserPasswordHash(db, actor.userId), password)))
    return invalid({ password: "That is not your password." });
  await db.transaction(async (tx) => {
    await removeTotp(tx, actor.userId);
    await recordAudit(tx, { ...auditSource(actor, meta), action: "account.totp.disabled" });
  });
  return ok();
}
