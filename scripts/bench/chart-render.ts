// Chart render time in headless Chromium: the clinician's pain and activity charts (components/charts) mounted
// with 365 and 1,000 daily points, timed from render() to drawn SVG (performance marks in the page). Each run
// is a fresh page load, so every figure is a first render; the p50 of several runs is reported.
import { build } from "esbuild";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "@/testing/browser";
import { stats, type Stats } from "./timing";

export type ChartRender = { points: number; runs: number; ms: Stats };

async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: ["scripts/bench/chart-render/entry.tsx"],
    bundle: true,
    minify: true,
    write: false,
    format: "iife",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
  });
  return out.outputFiles[0]!.text;
}

// The few layout rules the charts rely on (the app's Tailwind CSS is not loaded here).
const CSS = `.h-56{height:14rem}.w-full{width:100%}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden}`;

export async function measureChartRender(pointCounts: number[], runs: number): Promise<ChartRender[]> {
  const script = await bundle();
  const html = `<!doctype html><html><head><style>${CSS}</style></head><body><div id="root"></div></body></html>`;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const out: ChartRender[] = [];
    for (const points of pointCounts) {
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
        // The page is served from a route so the script runs with the URL's hash (the point count).
        await page.route("http://chart.bench/**", (route) =>
          route.request().url().endsWith(".js")
            ? route.fulfill({ contentType: "text/javascript", body: script })
            : route.fulfill({
                contentType: "text/html",
                body: html.replace("</body>", `<script src="/c.js"></script></body>`),
              }),
        );
        await page.goto(`http://chart.bench/#${points}`);
        const ms = await page.waitForFunction(
          () => (window as unknown as { chartRenderMs?: number }).chartRenderMs,
          undefined,
          {
            timeout: 30_000,
          },
        );
        samples.push(Number(await ms.jsonValue()));
        await page.close();
      }
      out.push({ points, runs, ms: stats(samples) });
    }
    return out;
  } finally {
    await browser.close();
  }
}
