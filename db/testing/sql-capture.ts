import { appendFileSync } from "node:fs";
import type { Database } from "../client";

/**
 * GRADUS_SQL_LOG=<file>: every statement the data-layer tests send is appended to it, one JSON string a line,
 * for scripts/cluster/distribution-check.ts. A statement a test file builds itself (to arrange or inspect
 * rows) is prefixed "-- test", so the check can judge the app's queries and count the tests' own apart.
 *
 * Who built a statement is decided where it is built, synchronously: a call on the database (select, insert,
 * update, delete, execute...) is made from a test file or from the app's code, and the first frame of the
 * project's own code on the stack says which. The builder it returns carries that mark to the moment drizzle
 * runs it (its `then`, which logs the statement in the same tick).
 */
const file = process.env.GRADUS_SQL_LOG;
let builtByTest = false;

export const sqlCapture = file
  ? {
      logQuery: (sql: string) =>
        appendFileSync(file, `${JSON.stringify(builtByTest ? `-- test\n${sql}` : sql)}\n`),
    }
  : {};

function calledFromTest(): boolean {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  const stack = new Error().stack ?? "";
  Error.stackTraceLimit = limit;
  const frame = stack
    .split("\n")
    .slice(1)
    .find((line) => !/node_modules|sql-capture\.ts|node:/.test(line) && /\.(ts|tsx|mjs|js)/.test(line));
  return frame !== undefined && /\.test\.ts/.test(frame);
}

function marked<T extends object>(value: T, byTest: boolean): T {
  return new Proxy(value, {
    get(target, prop, receiver) {
      const member = Reflect.get(target, prop, receiver) as unknown;
      if (typeof member !== "function") return member;
      return (...args: unknown[]) => {
        if (prop === "then") {
          const before = builtByTest;
          builtByTest = byTest;
          try {
            return (member as (...a: unknown[]) => unknown).apply(target, args);
          } finally {
            builtByTest = before;
          }
        }
        const result = (member as (...a: unknown[]) => unknown).apply(target, args);
        return result !== null && typeof result === "object" && !(result instanceof Promise)
          ? marked(result, byTest)
          : result;
      };
    },
  });
}

/** The database as the tests see it: unchanged unless GRADUS_SQL_LOG is set. */
export function capturing(db: Database): Database {
  if (!file) return db;
  return new Proxy(db, {
    get(target, prop, receiver) {
      const member = Reflect.get(target, prop, receiver) as unknown;
      // db.query.<table>.findFirst(...): the relational queries, reached through an object.
      if (prop === "query" && member !== null && typeof member === "object") {
        const byTest = calledFromTest();
        return new Proxy(member, {
          get: (tables, table, r) => {
            const finder = Reflect.get(tables, table, r) as unknown;
            return finder !== null && typeof finder === "object" ? marked(finder, byTest) : finder;
          },
        });
      }
      if (typeof member !== "function" || prop === "transaction") return member;
      return (...args: unknown[]) => {
        const result = (member as (...a: unknown[]) => unknown).apply(target, args);
        return result !== null && typeof result === "object" && !(result instanceof Promise)
          ? marked(result, calledFromTest())
          : result;
      };
    },
  });
}
