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
  /** The clinic's phone, shown with tap-to-call on the patient's urgent and emergency screens. */
  phone: text("phone"),
  /** Where patients get advice when the clinic is closed (e.g. NHS 111 in England, or an on-call line). */
  outOfHoursPhone: text("out_of_hours_phone"),
  /** ISO 3166-1 alpha-2; decides the emergency number shown (lib/domain/emergency-numbers). */
  country: text("country"),
  /** Postal address, printed on the summary's letterhead and shown in the portal footer. */
  address: text("address"),
  /** Local time (HH:MM, in the clinic's zone) the daily diary reminder goes out by default. */
  reminderTime: text("reminder_time"),
  /** The remote-monitoring record (days of data, minutes, interactive contact per period); off by default. */
  monitoringRecord: boolean("monitoring_record").notNull().default(false),
  createdAt: createdAt(),
});
