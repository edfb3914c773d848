// The CSV exports are tested by opening them in a real spreadsheet engine (lib/interop/csv/
// diary-csv.spreadsheet.test.ts): Debian's headless LibreOffice Calc, installed here when missing.
// Other jobs on the machine may hold apt's lock, so every apt call waits for it instead of failing.
import { execSync } from "node:child_process";

const has = (cmd) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

if (has("soffice")) process.exit(0);
if (!has("apt-get")) {
  console.log("[gradus] No soffice and no apt-get: install LibreOffice Calc to run the spreadsheet test.");
  process.exit(process.env.CI ? 1 : 0);
}

const sudo = process.getuid?.() === 0 ? "" : "sudo ";
const waitForLock = "-o DPkg::Lock::Timeout=600";
const run = (cmd) => execSync(cmd, { stdio: "inherit" });

/** apt-get update takes the lists lock, which DPkg::Lock::Timeout does not cover: retry it for a while. */
function updateWithRetries(tries = 60) {
  for (let i = 1; ; i++) {
    try {
      run(`${sudo}apt-get ${waitForLock} update -qq`);
      return;
    } catch (error) {
      if (i >= tries) throw error;
      console.log(`[gradus] apt-get update failed (lock held?), retrying in 10 s (${i}/${tries})`);
      execSync("sleep 10");
    }
  }
}

console.log(
  "[gradus] Installing Debian's headless LibreOffice Calc for the spreadsheet test of the CSV exports…",
);
updateWithRetries();
run(
  `${sudo}env DEBIAN_FRONTEND=noninteractive apt-get ${waitForLock} install -y -qq --no-install-recommends libreoffice-calc-nogui`,
);
