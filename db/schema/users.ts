import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { createdAt, id, updatedAt } from "./columns";

export const userRole = pgEnum("user_role", ["clinician", "patient", "admin"]);

export const users = pgTable(
  "users",
  {
    id: id(),
    clinicId: uuid("clinic_id")
      .notNull()
      .references(() => clinics.id),
    /** Stored lower-cased; uniqueness is enforced on that form. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: userRole("role").notNull(),
    passwordHash: text("password_hash").notNull(),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    index("users_clinic_idx").on(t.clinicId),
    check("users_email_lower", sql`${t.email} = lower(${t.email})`),
  ],
);

/**
 * One row per signed-in browser. The JWT only carries this row's id, so sign-out, password change and
 * account disabling revoke access on the server at the next request (the JWT alone is never trusted).
 */
export const sessions = pgTable(
  "sessions",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * An invitation for a new clinician or admin of a clinic. Like a patient's invite, single use and stored as
 * the SHA-256 of the token; the link is shown once to the admin who made it.
 */
export const staffInvites = pgTable(
  "staff_invites",
  {
    id: id(),
    clinicId: uuid("clinic_id")
      .notNull()
      .references(() => clinics.id),
    /** Lower-cased; becomes the new account's sign-in. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: userRole("role").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdById: uuid("created_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("staff_invites_token_hash_key").on(t.tokenHash),
    index("staff_invites_clinic_idx").on(t.clinicId),
    check("staff_invites_staff_role", sql`${t.role} <> 'patient'`),
  ],
);
