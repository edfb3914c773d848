// Which statements of the integration suite would reach one shard of a cluster distributed by clinic_id?
//   GRADUS_SQL_LOG=/tmp/sql.log npx vitest run --project db && npx tsx scripts/cluster/distribution-check.ts /tmp/sql.log
// Reads the SQL the app sent (one JSON string a line, see db/client.ts) and, for every statement that touches
// a table planned as distributed (docs/SCALING.md), checks that it names the key: a filter on clinic_id in a
// SELECT/UPDATE/DELETE, or clinic_id among the columns of an INSERT. Prints figures per table; exits 1 when a
// statement on a distributed table misses the key (the schema and queries are not yet all there: see the doc).
import { readFileSync } from "node:fs";

/** Tables sharded by clinic_id in the plan; the others are reference tables or stay on the coordinator. */
export const DISTRIBUTED = [
  "users",
  "sessions",
  "patients",
  "invites",
  "plans",
  "plan_revisions",
  "revision_activities",
  "diary_entries",
  "activity_logs",
  "alert_acks",
  "goals",
  "measure_responses",
  "red_flag_reports",
  "audit_events",
  "user_totp",
  "recovery_codes",
  "sign_in_challenges",
] as const;

const touches = (sql: string, table: string) =>
  new RegExp(`\\b(from|join|into|update)\\s+"?${table}"?(\\s|$|\\()`, "i").test(sql);

/** The statement names the distribution key as a filter or as an inserted column. */
export function namesKey(sql: string): boolean {
  if (/^\s*insert\b/i.test(sql)) return /\(([^)]*"clinic_id"[^)]*)\)\s*values/i.test(sql);
  return /"clinic_id"\s*(=|in\b|=\s*any)/i.test(sql);
}

function main() {
  const file = process.argv[2];
  if (!file) throw new Error("usage: distribution-check.ts <sql log>");
  const statements = readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as string)
    // Schema changes and the migrator's bookkeeping are not application queries.
    .filter((sql) => !/^\s*(create|alter|drop|comment|do|set|lock|begin|commit)\b/i.test(sql))
    .filter((sql) => !/drizzle"?\."?__drizzle_migrations/i.test(sql));
  const distinct = [...new Set(statements)];
  let missing = 0;
  console.log(`${statements.length} statements captured, ${distinct.length} distinct`);
  console.log("table                 distinct statements   naming clinic_id   missing it");
  const examples: string[] = [];
  for (const table of DISTRIBUTED) {
    const on = distinct.filter((sql) => touches(sql, table));
    const without = on.filter((sql) => !namesKey(sql));
    missing += without.length;
    console.log(
      `${table.padEnd(22)}${String(on.length).padStart(19)}${String(on.length - without.length).padStart(19)}${String(without.length).padStart(13)}`,
    );
    for (const sql of without.slice(0, 1)) examples.push(`${table}: ${sql.slice(0, 160)}`);
  }
  if (examples.length) console.log(`\nOne statement per table missing the key:\n  ${examples.join("\n  ")}`);
  if (missing > 0) {
    console.log(`\n${missing} distinct statements on distributed tables do not name clinic_id.`);
    process.exit(1);
  }
  console.log("\nEvery statement on a distributed table names clinic_id.");
}

if (process.argv[1]?.endsWith("distribution-check.ts")) main();
