// Lighthouse 12.8 (mobile, local Chromium, no network) on the bench server: performance and accessibility of
// the portal Today page and the clinician patient page, signed in through the session cookie.
import { spawn } from "node:child_process";

export type LighthouseScore = {
  page: string;
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  /** Accessibility audits that failed, so a score below 100 says why. */
  failedAccessibility: string[];
};

/** Runs scripts/bench/lighthouse-runner.mjs in plain Node (see there why not in this process). */
export function measureLighthouse(
  pages: { page: string; url: string; cookie: string }[],
): Promise<LighthouseScore[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["scripts/bench/lighthouse-runner.mjs"], {
      stdio: ["pipe", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out) as LighthouseScore[])
        : reject(new Error(`Lighthouse exited with ${code}`)),
    );
    child.stdin.end(JSON.stringify(pages));
  });
}
