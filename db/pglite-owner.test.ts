import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { otherOwner, recordOwner } from "./pglite-owner";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("recordOwner", () => {
  it("creates the folders above a data folder that does not exist yet (PGLITE_DATA_DIR in a new folder)", () => {
    const root = mkdtempSync(path.join(tmpdir(), "gradus-owner-"));
    made.push(root);
    const dataDir = path.join(root, "not", "yet", "pglite");
    recordOwner(dataDir);
    expect(readFileSync(`${dataDir}.pid`, "utf8")).toBe(String(process.pid));
    expect(existsSync(path.dirname(dataDir))).toBe(true);
    // This process is the owner, so it is not "another" one.
    expect(otherOwner(dataDir)).toBeNull();
  });
});
