// Bulk loading into tables with random-UUID keys is slow while their indexes are maintained row by row (every
// insert touches a random leaf). The usual recipe: drop the indexes and constraints, load, build them again
// in one sorted pass each. The definitions are read from the catalogue, so they stay what the migrations made.
import type { Sql } from "./seed-tier";

type Definition = { table: string; name: string; kind: "f" | "p" | "u" | "i"; definition: string };

async function definitionsOf(sql: Sql, tables: string[]): Promise<Definition[]> {
  const list = tables.map((t) => `'${t}'::regclass`).join(", ");
  const constraints = await sql(`SELECT conrelid::regclass::text AS table, conname AS name, contype AS kind,
      pg_get_constraintdef(oid) AS definition
    FROM pg_constraint WHERE contype IN ('f', 'p', 'u') AND (conrelid IN (${list}) OR confrelid IN (${list}))`);
  const indexes = await sql(`SELECT i.indrelid::regclass::text AS table, c.relname AS name, 'i' AS kind,
      pg_get_indexdef(i.indexrelid) AS definition
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
    WHERE i.indrelid IN (${list}) AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`);
  return [...constraints, ...indexes] as Definition[];
}

export async function withIndexesDeferred(sql: Sql, tables: string[], load: () => Promise<void>) {
  const defs = await definitionsOf(sql, tables);
  const order = { f: 0, p: 1, u: 1, i: 2 } as const;
  // Foreign keys go first (they depend on the keys), plain indexes last; rebuilt in the reverse order.
  for (const d of [...defs].sort((a, b) => order[a.kind] - order[b.kind])) {
    await sql(
      d.kind === "i" ? `DROP INDEX "${d.name}"` : `ALTER TABLE ${d.table} DROP CONSTRAINT "${d.name}"`,
    );
  }
  await load();
  await sql(`SET maintenance_work_mem = '512MB'`);
  for (const d of [...defs].sort((a, b) => order[b.kind] - order[a.kind])) {
    await sql(
      d.kind === "i" ? d.definition : `ALTER TABLE ${d.table} ADD CONSTRAINT "${d.name}" ${d.definition}`,
    );
  }
}
