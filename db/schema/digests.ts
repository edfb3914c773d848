import { pgTable, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { createdAt, id } from "./columns";
import { users } from "./users";

/**
 * Staff who asked for the morning digest (how many patients need attention, no more). A row means yes; the
 * outbox's dedupe key keeps it to one a day.
 */
export const digestSubscriptions = pgTable(
  "digest_subscriptions",
  {
    id: id(),
    clinicId: uuid("clinic_id")
      .notNull()
      .references(() => clinics.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("digest_subscriptions_user_key").on(t.clinicId, t.userId)],
);
