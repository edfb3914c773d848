import type { Actor, RequestMeta } from "@/db/actor";
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
export async function beginTotpSetup(db: Database, actor: Actor, meta: RequestMeta): Promise<boolean> {
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
  db: Database,
  actor: Actor,
  code: string,
  meta: RequestMeta,
  now = new Date(),
): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false }> {
  return db.transaction(async (tx) => {
    const totp = await findTotp(tx, actor.userId);
    if (!totp || totp.confirmedAt) return { ok: false };
    const step = matchTotp(decryptTotpSecret(totp.secretEncrypted), code, now);
    if (step === null || !(await confirmTotp(tx, actor.userId, step, now))) return { ok: false };
    const codes = newRecoveryCodes();
    await replaceRecoveryCodes(tx, actor.userId, codes.map(hashRecoveryCode));
    await recordAudit(tx, { ...auditSource(actor, meta), action: "account.totp.enabled" });
    return { ok: true, recoveryCodes: codes };
  });
}

/** Turns two-factor sign-in off after the password is given again; not while the clinic requires it. */
export async function disableTotp(
  db: Database,
  actor: Actor,
  password: string,
  meta: RequestMeta,
): Promise<"ok" | "wrong_password" | "required"> {
  if (actor.kind === "staff" && (await clinicRequiresTotp(db, actor.clinicId))) return "required";
  if (!(await verifyPassword(await findUserPasswordHash(db, actor.userId), password)))
    return "wrong_password";
  await db.transaction(async (tx) => {
    await removeTotp(tx, actor.userId);
    await recordAudit(tx, { ...auditSource(actor, meta), action: "account.totp.disabled" });
  });
  return "ok";
}
