// First-load JavaScript per route: the compressed bytes of every script a fresh browser downloads to show the
// page (Next serves them gzip-compressed), against the budgets in docs/ARCHITECTURE.md.
import { chromium, type Browser } from "@playwright/test";
import { chromiumLaunchOptions } from "@/testing/browser";

export type FirstLoad = { route: string; kb: number; budgetKb: number | null };

/** The portal's logging page (Today) and every clinician page; My progress loads on demand, no budget. */
export const BUDGET_KB = { portalToday: 150, clinic: 300 } as const;

/** A cookie header ("name=value") as a Playwright cookie for the bench server. */
export function asBrowserCookie(header: string, base: string) {
  const eq = header.indexOf("=");
  const name = header.slice(0, eq);
  // A __Host- or __Secure- cookie must be Secure (Chromium sends those to 127.0.0.1 over plain http too).
  // Set by host and path: Chromium refuses a __Host- cookie given by URL through addCookies.
  return {
    name,
    value: header.slice(eq + 1),
    domain: new URL(base).hostname,
    path: "/",
    secure: name.startsWith("__"),
  };
}

async function firstLoadKb(browser: Browser, base: string, cookie: string, route: string): Promise<number> {
  // A fresh context per page, so nothing comes from the cache.
  const context = await browser.newContext();
  await context.addCookies([asBrowserCookie(cookie, base)]);
  const page = await context.newPage();
  let bytes = 0;
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(
      response
        .request()
        .sizes()
        .then((s) => void (bytes += s.responseBodySize))
        .catch(() => undefined),
    );
  });
  const res = await page.goto(`${base}${route}`, { waitUntil: "networkidle" });
  if (res?.status() !== 200) throw new Error(`${route} answered ${res?.status()}`);
  await Promise.all(pending);
  await context.close();
  return bytes / 1024;
}

export async function measureFirstLoad(
  base: string,
  who: { patientCookie: string; physioCookie: string; chartPatientId: string },
): Promise<FirstLoad[]> {
  const patient = `/patients/${who.chartPatientId}`;
  const routes: [string, string, number | null][] = [
    ["/portal", who.patientCookie, BUDGET_KB.portalToday],
    ["/portal/diary", who.patientCookie, null],
    ["/portal/progress", who.patientCookie, null],
    ["/patients", who.physioCookie, BUDGET_KB.clinic],
    [patient, who.physioCookie, BUDGET_KB.clinic],
    [`${patient}/plan`, who.physioCookie, BUDGET_KB.clinic],
    ["/patients/new", who.physioCookie, BUDGET_KB.clinic],
  ];
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const out: FirstLoad[] = [];
    for (const [route, cookie, budgetKb] of routes)
      out.push({ route, kb: await firstLoadKb(browser, base, cookie, route), budgetKb });
    return out;
  } finally {
    await browser.close();
  }
}
