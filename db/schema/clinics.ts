import { boolean, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";

export const clinics = pgTable("clinics", {
  id: id(),
  name: text("name").notNull(),
  /** IANA zone used as the default for new patients. */
  timeZone: text("time_zone").notNull(),
  /** The seeded demo clinic: its logins are printed at start-up. */
  isDemo: boolean("is_demo").notNull().default(false),
  /** When set, clinicians and admins must turn on TOTP two-factor sign-in before using the dashboard. */
  requireTotp: boolean("require_totp").notNull().default(false),
  createdAt: createdAt(),
});
