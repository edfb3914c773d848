import { foreignKey, primaryKey, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";

/**
 * The distribution key (docs/SCALING.md, Step 4): every table sharded by clinic carries it, leads its primary
 * and unique keys with it, and reaches its parent through a composite foreign key (clinic_id, parent_id), so
 * on a distributed PostgreSQL the rows of one clinic, and every join and key check between them, stay on one
 * shard. Users, clinics and plan templates are reference tables; the auth and delivery tables stay on the
 * coordinator (scripts/cluster/distribution-check.ts reads which is which from here).
 */
export const clinicKey = () =>
  uuid("clinic_id")
    .notNull()
    .references(() => clinics.id);

/** The primary key of a distributed table: (clinic_id, id). */
export const clinicPrimaryKey = (t: { clinicId: AnyPgColumn; id: AnyPgColumn }) =>
  primaryKey({ columns: [t.clinicId, t.id] });

/** A foreign key to a distributed parent through the key: (clinic_id, <column>) -> parent (clinic_id, id). */
export const clinicForeignKey = (
  name: string,
  columns: [AnyPgColumn, AnyPgColumn],
  parent: () => { clinicId: AnyPgColumn; id: AnyPgColumn },
) => {
  const p = parent();
  return foreignKey({ name, columns, foreignColumns: [p.clinicId, p.id] });
};
