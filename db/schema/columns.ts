import { timestamp, uuid } from "drizzle-orm/pg-core";

/** Primary key shared by every table: random UUIDs, so ids never reveal counts or order. */
export const id = () => uuid("id").primaryKey().defaultRandom();

/** Timestamps are always stored with a time zone (UTC on the wire). */
export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

/** The id of a row in a table distributed by clinic: unique, but the primary key is (clinic_id, id). */
export const rowId = () => uuid("id").notNull().defaultRandom();
