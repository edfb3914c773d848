import { bigserial, boolean, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Append-only: a trigger in the migrations refuses UPDATE and DELETE. No foreign keys on purpose, so the
 * trail outlives anything it mentions.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id"),
    clinicId: uuid("clinic_id"),
    patientId: uuid("patient_id"),
    /** Dotted verb, e.g. "patient.create", "auth.sign_in.failure". */
    action: text("action").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    details: jsonb("details").$type<Record<string, unknown>>(),
  },
  (t) => [index("audit_patient_idx").on(t.patientId, t.at), index("audit_actor_idx").on(t.actorUserId, t.at)],
);

/** Every sign-in attempt, kept in the database so rate limits hold across app instances. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    email: text("email").notNull(),
    ip: text("ip"),
    success: boolean("success").notNull(),
    /** Which secret was tried: the password, or the second factor (TOTP or recovery code). */
    factor: text("factor").notNull().default("password"),
  },
  (t) => [index("login_attempts_email_idx").on(t.email, t.at), index("login_attempts_ip_idx").on(t.ip, t.at)],
);
