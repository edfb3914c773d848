import { existsSync } from "node:fs";

/**
 * Playwright cannot download its own browser on our machines, so Debian's chromium is used when present.
 * The flags keep a headless run quiet on a closed network.
 */
const debianChromium = "/usr/bin/chromium";

export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};
