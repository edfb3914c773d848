import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, rowId } from "./columns";
import { clinicForeignKey, clinicKey, clinicPrimaryKey } from "./distribution";
import { patients } from "./patients";
import { users } from "./users";

/**
 * A change of a patient's sign-in email that waits for the new address to confirm it. Staff ask for it
 * when they edit the record of a patient who has an account; the link goes to the new address and only the
 * SHA-256 of its token is stored (like invites and password resets). Single use, for 24 hours; a newer
 * request or a cancel ends the earlier one.
 */
export const patientEmailChanges = pgTable(
  "patient_email_changes",
  {
    id: rowId(),
    clinicId: clinicKey(),
    patientId: uuid("patient_id").notNull(),
    /** The account whose sign-in email changes. */
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    /** Lower-cased; becomes the sign-in and contact address once confirmed. */
    newEmail: text("new_email").notNull(),
    tokenHash: text("token_hash").notNull(),
    requestedById: uuid("requested_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    /** Cancelled by staff, or replaced by a newer request. */
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    clinicPrimaryKey(t),
    clinicForeignKey("patient_email_changes_patient_fk", [t.clinicId, t.patientId], () => patients),
    // Unique within the clinic (the key leads); the link is opened before the clinic is known, through the
    // plain index (a named exception in scripts/cluster/distribution-check.ts).
    uniqueIndex("patient_email_changes_token_hash_key").on(t.clinicId, t.tokenHash),
    index("patient_email_changes_token_hash_idx").on(t.tokenHash),
    index("patient_email_changes_patient_idx").on(t.clinicId, t.patientId),
  ],
);
