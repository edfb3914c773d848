// Is the schema ready to be distributed by clinic_id, and would every statement of the integration suite reach
// one shard of such a cluster?
//   npm run test:distribution        (runs the data-layer suite with GRADUS_SQL_LOG, then this check)
//   npx tsx scripts/cluster/distribution-check.ts <sql log>
// Two parts, both read from db/schema (no hand list of tables):
// 1. The schema: a table is distributed when its primary key is led by clinic_id; clinics, users and plan
//    templates are reference tables (REFERENCE); every other table stays on the coordinator. A distributed
//    table has clinic_id NOT NULL, every unique key led by it, and reaches a distributed parent through a
//    foreign key led by it; no reference or coordinator table points at a distributed one (Citus allows
//    neither).
// 2. The queries: the SQL the app sent (one JSON string a line, see db/testing/test-database.ts). Every
//    reference to a distributed table in a statement (FROM, JOIN, UPDATE, DELETE ... USING, INSERT INTO) must
//    name the key for that table: its clinic_id compared with a value or with another table's clinic_id (a
//    co-located join), or clinic_id among the inserted columns. The exceptions are named below, with why.
//    Statements a test file builds itself to arrange or inspect rows are marked by the capture and not judged.
// Prints figures per table; exits 1 on any problem.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import * as schema from "../../db/schema";

/** Copied to every node: small, read everywhere, written rarely. */
export const REFERENCE = ["clinics", "users", "plan_templates"] as const;

/** Statements that cannot know the clinic yet, and why a fan-out to every shard is acceptable for them. */
export const EXCEPTIONS: { table: string; pattern: RegExp; reason: string }[] = [
  {
    table: "invites",
    pattern: /^select .* from "invites" .*where "invites"\."token_hash" = \$\d+(\)| limit|$)/s,
    reason:
      "an invite link is opened before anyone is signed in: the token is the only thing known (invite rate)",
  },
  {
    table: "patient_email_changes",
    pattern:
      /^(select .* from|update) "patient_email_changes" .*where \(?"patient_email_changes"\."token_hash" = \$\d+/s,
    reason:
      "an email-change link is opened from the new mailbox: the token is the only thing known (one a change)",
  },
];

type Kind = "distributed" | "reference" | "coordinator";
export type Classified = { name: string; kind: Kind; problems: string[] };

/** Every table of db/schema with its kind, and what in its keys does not fit that kind. */
export function classifyTables(): Classified[] {
  const configs = (Object.values(schema) as unknown[])
    .filter((v): v is PgTable => v instanceof PgTable)
    .map((t) => getTableConfig(t));
  const kindOf = new Map<string, Kind>();
  for (const c of configs) {
    const pk = c.primaryKeys[0]?.columns.map((col) => col.name) ?? [];
    kindOf.set(
      c.name,
      (REFERENCE as readonly string[]).includes(c.name)
        ? "reference"
        : pk[0] === "clinic_id"
          ? "distributed"
          : "coordinator",
    );
  }
  return configs.map((c) => {
    const kind = kindOf.get(c.name)!;
    const problems: string[] = [];
    for (const fk of c.foreignKeys) {
      const ref = fk.reference();
      const parent = getTableConfig(ref.foreignTable).name;
      const cols = ref.columns.map((col) => col.name);
      const parentCols = ref.foreignColumns.map((col) => col.name);
      if (kindOf.get(parent) !== "distributed") continue;
      if (kind !== "distributed") problems.push(`${kind} table points at distributed ${parent}`);
      else if (cols[0] !== "clinic_id" || parentCols[0] !== "clinic_id")
        problems.push(`foreign key (${cols.join(", ")}) to ${parent} is not led by clinic_id`);
    }
    if (kind === "distributed") {
      const key = c.columns.find((col) => col.name === "clinic_id");
      if (!key?.notNull) problems.push("clinic_id is not NOT NULL");
      for (const col of c.columns)
        if (col.primary || col.isUnique) problems.push(`column ${col.name} is unique on its own`);
      for (const index of c.indexes) {
        const first = index.config.columns[0];
        const name = first && "name" in first ? first.name : null;
        if (index.config.unique && name !== "clinic_id")
          problems.push(`unique index ${index.config.name} is not led by clinic_id`);
      }
    }
    return { name: c.name, kind, problems };
  });
}

const KEYWORDS = new Set(
  "where on set inner left right full cross join using values select returning group order limit as natural lateral default".split(
    " ",
  ),
);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Each reference to `table` in the statement: the name or alias its columns are qualified with. */
function references(sql: string, table: string): { qualifier: string; insertColumns: string | null }[] {
  const found: { qualifier: string; insertColumns: string | null }[] = [];
  const re = new RegExp(
    `\\b(from|join|into|update|using)\\s+"?${table}"?(?:\\s+(?:as\\s+)?"?([a-z_][a-z0-9_]*)"?)?(\\s*\\(([^)]*)\\))?`,
    "gi",
  );
  for (const m of sql.matchAll(re)) {
    const alias = m[2] && !KEYWORDS.has(m[2].toLowerCase()) ? m[2] : null;
    const isInsert = m[1]!.toLowerCase() === "into";
    found.push({ qualifier: alias ?? table, insertColumns: isInsert ? (m[4] ?? "") : null });
  }
  return found;
}

/** The reference names the key: clinic_id inserted, or its clinic_id compared with a value or another key. */
export function namesKey(sql: string, ref: { qualifier: string; insertColumns: string | null }): boolean {
  if (ref.insertColumns !== null) return /\bclinic_id\b/.test(ref.insertColumns);
  const q = `(?:"${esc(ref.qualifier)}"|\\b${esc(ref.qualifier)})\\."?clinic_id"?`;
  return new RegExp(`${q}\\s*(=|in\\b|is not distinct from)|(=|is not distinct from)\\s*${q}`, "i").test(sql);
}

export function checkStatements(statements: string[], distributed: string[]) {
  const distinct = [...new Set(statements)];
  const rows = distributed.map((table) => {
    let on = 0;
    let excepted = 0;
    const missing: string[] = [];
    for (const sql of distinct) {
      const refs = references(sql, table);
      if (refs.length === 0) continue;
      on++;
      if (refs.every((r) => namesKey(sql, r))) continue;
      if (EXCEPTIONS.some((e) => e.table === table && e.pattern.test(sql))) excepted++;
      else missing.push(sql);
    }
    return { table, on, excepted, missing };
  });
  return { distinct: distinct.length, rows };
}

function main() {
  const file = process.argv[2];
  if (!file) throw new Error("usage: distribution-check.ts <sql log>");
  const tables = classifyTables();
  let problems = 0;
  console.log("Schema: the kind of each table (from db/schema)");
  for (const kind of ["distributed", "reference", "coordinator"] as const) {
    const names = tables.filter((t) => t.kind === kind).map((t) => t.name);
    console.log(`  ${kind} (${names.length}): ${names.join(", ")}`);
  }
  for (const t of tables)
    for (const p of t.problems) {
      problems++;
      console.log(`  PROBLEM ${t.name}: ${p}`);
    }

  const migrations = path.join(__dirname, "../../db/migrations");
  const migrationStatements = new Set(
    readdirSync(migrations)
      .filter((f) => f.endsWith(".sql"))
      .flatMap((f) => readFileSync(path.join(migrations, f), "utf8").split("--> statement-breakpoint"))
      .map((sql) => sql.trim()),
  );
  const captured = readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as string);
  // Statements a test file built itself (db/testing/sql-capture.ts) arrange or inspect rows: not the app's.
  const byTests = captured.filter((sql) => sql.startsWith("-- test\n"));
  const statements = captured
    .filter((sql) => !sql.startsWith("-- test\n"))
    // Schema changes and the migrator's bookkeeping are not application queries.
    .filter(
      (sql) =>
        !/^\s*(--[^\n]*\n\s*)*(create|alter|drop|comment|do|set|lock|begin|commit|rollback)\b/i.test(sql),
    )
    .filter((sql) => !/drizzle"?\."?__drizzle_migrations/i.test(sql))
    .filter((sql) => !migrationStatements.has(sql.trim()));
  const distributed = tables.filter((t) => t.kind === "distributed").map((t) => t.name);
  const result = checkStatements(statements, distributed);
  console.log(
    `\nQueries: ${captured.length} statements captured; ${statements.length} sent by the app's code ` +
      `(${result.distinct} distinct) are judged, ${byTests.length} the test files built themselves are not`,
  );
  console.log(
    "table                    distinct statements   naming clinic_id   named exception   missing it",
  );
  const examples: string[] = [];
  for (const r of result.rows) {
    problems += r.missing.length;
    console.log(
      `${r.table.padEnd(25)}${String(r.on).padStart(19)}${String(r.on - r.excepted - r.missing.length).padStart(19)}${String(r.excepted).padStart(18)}${String(r.missing.length).padStart(13)}`,
    );
    for (const sql of r.missing) examples.push(`${r.table}: ${sql.replace(/\s+/g, " ").slice(0, 400)}`);
  }
  for (const e of EXCEPTIONS) console.log(`Named exception, ${e.table}: ${e.reason}`);
  if (examples.length) console.log(`\nStatements missing the key:\n  ${examples.join("\n  ")}`);
  if (problems > 0) {
    console.log(`\n${problems} problems: the schema or the queries do not fit distribution by clinic_id.`);
    process.exit(1);
  }
  console.log("\nEvery distributed table is keyed by clinic_id and every statement on one names it.");
}

if (process.argv[1]?.endsWith("distribution-check.ts")) main();
