import { describe, expect, it } from "vitest";
import { checkStatements, classifyTables } from "../../scripts/cluster/distribution-check";

const missing = (sql: string, table: string) =>
  checkStatements([sql], [table]).rows.find((r) => r.table === table)!.missing.length;

describe("the distribution check", () => {
  it("reads the kinds from the schema and finds no key that would break distribution", () => {
    const tables = classifyTables();
    const kind = (name: string) => tables.find((t) => t.name === name)?.kind;
    expect(kind("diary_entries")).toBe("distributed");
    expect(kind("activity_logs")).toBe("distributed");
    expect(kind("users")).toBe("reference");
    expect(kind("sessions")).toBe("coordinator");
    expect(tables.flatMap((t) => t.problems)).toEqual([]);
  });

  it("fails a join that reaches a distributed table by its id alone", () => {
    const sql = `select "diary_entries"."id" from "diary_entries" left join "activity_logs" on "activity_logs"."entry_id" = "diary_entries"."id" where "diary_entries"."clinic_id" = $1`;
    expect(missing(sql, "diary_entries")).toBe(0);
    expect(missing(sql, "activity_logs")).toBe(1);
  });

  it("passes a co-located join, an aliased subquery that names its own key, and an insert of the key", () => {
    const joined = `select 1 from "diary_entries" left join "activity_logs" on ("activity_logs"."clinic_id" = "diary_entries"."clinic_id" and "activity_logs"."entry_id" = "diary_entries"."id") where "diary_entries"."clinic_id" = $1`;
    expect(missing(joined, "activity_logs")).toBe(0);
    const aliased = `SELECT (SELECT count(*) FROM activity_logs l WHERE l.entry_id = e.id) FROM diary_entries e WHERE e.clinic_id = $1`;
    expect(missing(aliased, "activity_logs")).toBe(1);
    expect(
      missing(
        aliased.replace("WHERE l.entry_id", "WHERE l.clinic_id = e.clinic_id AND l.entry_id"),
        "activity_logs",
      ),
    ).toBe(0);
    expect(
      missing(`insert into "goals" ("id", "clinic_id", "patient_id") values ($1, $2, $3)`, "goals"),
    ).toBe(0);
    expect(missing(`insert into "goals" ("id", "patient_id") values ($1, $2)`, "goals")).toBe(1);
  });

  it("does not take a selected clinic_id for a filter", () => {
    expect(missing(`select "goals"."clinic_id" from "goals" where "goals"."id" = $1`, "goals")).toBe(1);
  });
});
