import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { users } from "./users";

/**
 * A user's TOTP authenticator. The secret is stored encrypted (lib/auth/totp-secret.ts). Until `confirmedAt`
 * is set the secret is only being set up and does not protect sign-in.
 */
export const userTotp = pgTable("user_totp", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id),
  secretEncrypted: text("secret_encrypted").notNull(),
  confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  /** The last 30-second time step a code was accepted for, so a code works once (RFC 6238 section 5.2). */
  lastUsedStep: integer("last_used_step"),
  createdAt: createdAt(),
});

/** One-time codes for when the authenticator is lost: shown once, stored as SHA-256 (they are random). */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("recovery_codes_user_idx").on(t.userId),
    uniqueIndex("recovery_codes_hash_key").on(t.codeHash),
  ],
);

/**
 * The state between a correct password and a correct second factor: the browser holds the token (a cookie),
 * the database its SHA-256, so the app instances share it and nothing is signed in until the code checks out.
 */
export const signInChallenges = pgTable(
  "sign_in_challenges",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("sign_in_challenges_token_key").on(t.tokenHash)],
);
