// End-to-end tests need Chromium. Playwright's own download does not work on our machines, so Debian's
// package is installed when missing; elsewhere Playwright's installer is used.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const debianChromium = "/usr/bin/chromium";
const run = (cmd) => execSync(cmd, { stdio: "inherit" });

if (process.env.CHROMIUM_PATH || existsSync(debianChromium)) process.exit(0);

if (existsSync("/usr/bin/apt-get")) {
  const sudo = process.getuid?.() === 0 ? "" : "sudo ";
  console.log("[gradus] Installing Debian's chromium for the end-to-end tests…");
  run(`${sudo}apt-get update -qq`);
  run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`);
} else {
  console.log("[gradus] Installing Playwright's Chromium for the end-to-end tests…");
  run("npx playwright install chromium");
}
