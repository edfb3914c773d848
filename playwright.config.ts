import os from "node:os";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "@/testing/browser";
import { E2E_DATA_DIR, E2E_RETRIES } from "./e2e/support/fixtures";
import { freePortSync } from "@/testing/free-port";

// A port the system hands out now, never a fixed one (other runs share the machine). Kept in the environment
// because Playwright evaluates this file again in every worker, which must reach the same server.
process.env.E2E_PORT ||= String(freePortSync());
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;
// Time-outs sized to the machine: on two cores the suite's own workers and Chromium keep the load near 12.
const slowMachine = os.cpus().length <= 4;
const desktop = { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions };
// A small Android phone: the portal must work at 360 px.
const phone = {
  ...devices["Pixel 5"],
  viewport: { width: 360, height: 740 },
  launchOptions: chromiumLaunchOptions,
};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: E2E_RETRIES,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: slowMachine ? 180_000 : 30_000,
  expect: { timeout: slowMachine ? 30_000 : 10_000 },
  use: { baseURL, trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    { name: "setup", testMatch: /setup\/.*\.setup\.ts/, use: desktop },
    {
      name: "clinic",
      testMatch: /clinic\/.*\.spec\.ts/,
      dependencies: ["setup"],
      use: { ...desktop, storageState: "e2e/.auth/clinician.json" },
    },
    {
      name: "portal",
      testMatch: /portal\/.*\.spec\.ts/,
      dependencies: ["setup"],
      use: { ...phone, storageState: "e2e/.auth/patient.json" },
    },
    // Starts a server of its own, as `npm start` does for a new user.
    { name: "server", testMatch: /server\/.*\.spec\.ts/, use: desktop },
    { name: "auth", testMatch: /auth\/.*\.spec\.ts/, dependencies: ["setup"], use: desktop },
    // Access matrix and fuzzers sign in on their own (as each role, over HTTP) and act on their own fixtures.
    { name: "security", testMatch: /(access|security)\/.*\.spec\.ts/, use: desktop },
  ],
  webServer: {
    // A fresh database for every run, prepared before the server starts, then the production build.
    command: "npx tsx --conditions=react-server e2e/support/prepare-server.ts && node scripts/start.mjs",
    url: `${baseURL}/sign-in`,
    // The production build runs first when the sources changed: with another build on the same two cores it
    // has taken over five minutes here.
    timeout: 1_200_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: process.env.E2E_PORT,
      PGLITE_DATA_DIR: E2E_DATA_DIR,
      DATABASE_URL: "",
      AUTH_SECRET: "e2e-only-secret-not-used-anywhere-else-000",
      AUTH_TRUST_HOST: "true",
      // Every test and fuzzer writes from 127.0.0.1 through a few demo accounts, far beyond a person's pace;
      // the write limit itself is tested on the database (lib/limits/write-limit.db.test.ts).
      WRITE_LIMIT_PER_ACCOUNT: "1000000",
      WRITE_LIMIT_PER_ADDRESS: "1000000",
    },
  },
});
