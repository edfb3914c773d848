// End-to-end tests need Chromium. Playwright's own download does not work on our machines, so Debian's
// package is installed when missing; elsewhere Playwright's installer is used.
// Other jobs on the machine may be using apt at the same moment: apt's locks are waited for, never a failure.
import { execSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const debianChromium = "/usr/bin/chromium";
const LOCK_WAIT_SECONDS = 900;
const run = (cmd) => execSync(cmd, { stdio: "inherit" });

/**
 * Runs apt-get, waiting for its locks. `DPkg::Lock::Timeout` makes apt itself wait for the dpkg lock; the
 * package-list lock of `apt-get update` is not covered by it on every apt version, so a refusal naming a lock
 * is retried until the wait runs out.
 */
function aptGet(sudo, args) {
  const command = `${sudo}env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=${LOCK_WAIT_SECONDS} ${args}`;
  const deadline = Date.now() + LOCK_WAIT_SECONDS * 1000;
  for (;;) {
    const result = spawnSync("sh", ["-c", command], {
      stdio: ["ignore", "inherit", "pipe"],
      encoding: "utf8",
    });
    if (result.status === 0) return;
    process.stderr.write(result.stderr ?? "");
    const lockHeld = /Could not get lock|Unable to lock|is held by process/i.test(result.stderr ?? "");
    if (!lockHeld || Date.now() > deadline) process.exit(result.status ?? 1);
    console.log("[gradus] apt is busy (another install holds its lock); waiting…");
    spawnSync("sleep", ["5"]);
  }
}

if (process.env.CHROMIUM_PATH || existsSync(debianChromium)) process.exit(0);

if (existsSync("/usr/bin/apt-get")) {
  const sudo = process.getuid?.() === 0 ? "" : "sudo ";
  console.log("[gradus] Installing Debian's chromium for the end-to-end tests…");
  aptGet(sudo, "update -qq");
  aptGet(sudo, "install -y -qq chromium");
} else {
  console.log("[gradus] Installing Playwright's Chromium for the end-to-end tests…");
  run("npx playwright install chromium");
}
