// Runs Lighthouse in plain Node, outside tsx: tsx rewrites functions with a `__name` helper, and Lighthouse
// sends some of its functions to the page as source text, where that helper does not exist.
// Input (stdin): JSON [{ page, url, cookie }]. Output (stdout): JSON scores, one per page.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

let input = "";
for await (const chunk of process.stdin) input += chunk;
const pages = JSON.parse(input);

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: CHROME_FLAGS,
});
try {
  const out = [];
  for (const p of pages) {
    // No config: Lighthouse's default is the mobile one (emulated phone, simulated slow 4G and CPU slowdown).
    const result = await lighthouse(p.url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      extraHeaders: { Cookie: p.cookie },
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${p.page}`);
    const { categories, audits, finalDisplayedUrl, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse on ${p.page}: ${runtimeError.message}`);
    if (new URL(finalDisplayedUrl).pathname !== new URL(p.url).pathname)
      throw new Error(`Lighthouse on ${p.page} ended on ${finalDisplayedUrl} (signed out?)`);
    out.push({
      page: p.page,
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      lcpMs: audits["largest-contentful-paint"]?.numericValue ?? null,
      tbtMs: audits["total-blocking-time"]?.numericValue ?? null,
      failedAccessibility: Object.values(audits)
        .filter((a) => a.score === 0 && categories.accessibility.auditRefs.some((r) => r.id === a.id))
        .map((a) => a.id),
    });
  }
  process.stdout.write(JSON.stringify(out));
} finally {
  chrome.kill();
}
