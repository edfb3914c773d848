// Measures first-load JavaScript per page of a running production app (npm start): the compressed bytes of
// every script a fresh browser downloads to show the page. BASE_URL defaults to http://127.0.0.1:3000.
import { chromium, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/support/browser";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const password = "graded-activity-demo";
// DESIGN.md section 7: the portal's logging page (Today) and every clinician page. My progress is loaded
// only when opened, so it has no budget of its own.
const budgetFor = (face: "portal" | "clinic", path: string) =>
  face === "clinic" ? 350 : path === "/portal" ? 150 : null;

async function signedInPage(email: string): Promise<Page> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/(patients|portal)$/);
  return page;
}

/** Opens `path` in a fresh context carrying the session, so nothing comes from cache. */
async function firstLoadKb(page: Page, path: string): Promise<number> {
  const context = await page
    .context()
    .browser()!
    .newContext({ storageState: await page.context().storageState() });
  const fresh = await context.newPage();
  let bytes = 0;
  fresh.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    const sizes = await response
      .request()
      .sizes()
      .catch(() => null);
    bytes += sizes?.responseBodySize ?? 0;
  });
  await fresh.goto(`${base}${path}`, { waitUntil: "networkidle" });
  await context.close();
  return bytes / 1024;
}

async function main() {
  const rows: { face: "portal" | "clinic"; path: string; kb: number }[] = [];
  const patient = await signedInPage("maria.lopez@mail.example");
  for (const path of ["/portal", "/portal/diary", "/portal/progress"])
    rows.push({ face: "portal", path, kb: await firstLoadKb(patient, path) });
  const clinician = await signedInPage("anna.berg@riverside.example");
  const list = await firstLoadKb(clinician, "/patients");
  rows.push({ face: "clinic", path: "/patients", kb: list });
  await clinician.goto(`${base}/patients`);
  const href = await clinician.getByRole("link", { name: "James O'Neill" }).getAttribute("href");
  rows.push({ face: "clinic", path: href!, kb: await firstLoadKb(clinician, href!) });
  rows.push({ face: "clinic", path: `${href}/plan`, kb: await firstLoadKb(clinician, `${href}/plan`) });

  console.log("First-load JS (compressed bytes over the wire, fresh browser)");
  for (const r of rows) {
    const budget = budgetFor(r.face, r.path);
    const verdict =
      budget === null
        ? "no budget (loaded on demand)"
        : `budget ${budget} KB   ${r.kb <= budget ? "ok" : "OVER"}`;
    console.log(`${r.path.padEnd(58)} ${r.kb.toFixed(1).padStart(7)} KB   ${verdict}`);
  }
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
