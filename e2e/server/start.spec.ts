// `npm start` as a new user runs it: the database is prepared and the demo logins printed when the server is
// ready, before anyone opens a page; a PGLITE_DATA_DIR inside folders that do not exist yet is created.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "@/testing/free-port";
import { CLINICIAN, DEMO_PASSWORD, PATIENT } from "../support/fixtures";

test("npm start prepares the database and prints the demo logins without a first request", async () => {
  // A second production server with its own seeded database, on a loaded machine.
  test.setTimeout(300_000);
  const root = mkdtempSync(path.join(tmpdir(), "gradus-start-"));
  const port = await freePort();
  const server = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...process.env,
      PORT: String(port),
      PGLITE_DATA_DIR: path.join(root, "not", "created", "yet", "pglite"),
      DATABASE_URL: "",
      AUTH_SECRET: "e2e-start-spec-secret-not-used-elsewhere-0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server.on("exit", (code) => resolve(code)));
  try {
    // Nothing here sends a request before the logins are printed.
    await expect
      .poll(() => output.includes(PATIENT.email) || server.exitCode !== null, {
        timeout: 240_000,
        intervals: [500],
      })
      .toBe(true);
    expect(server.exitCode, output).toBeNull();
    expect(output).toContain(CLINICIAN.email);
    expect(output).toContain(DEMO_PASSWORD);
    expect(output).not.toMatch(/ENOENT/);
    const signIn = await fetch(`http://127.0.0.1:${port}/sign-in`);
    expect(signIn.status).toBe(200);
  } finally {
    server.kill("SIGTERM");
    await exited;
    rmSync(root, { recursive: true, force: true });
  }
});
