// Renders a patient's printable progress summary to PDF in A4 and Letter, the way a browser's "Save as PDF"
// would, so the layout can be checked on paper sizes (convert with `pdftoppm -png` to look at the pages).
// Usage: BASE_URL=http://127.0.0.1:3000 npx tsx scripts/summary-pdf.ts [patient name] [out dir]
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "@/testing/browser";

const baseUrl = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const patientName = process.argv[2] ?? "Maria Lopez";
const outDir = process.argv[3] ?? ".data/summary-pdf";

async function main() {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions);
  const page = await browser.newPage();
  page.setDefaultTimeout(Number(process.env.TIMEOUT_MS ?? 30_000));
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(process.env.STAFF_EMAIL ?? "anna.berg@riverside.example");
  await page.getByLabel("Password").fill(process.env.STAFF_PASSWORD ?? "graded-activity-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/patients$/);
  await page.getByRole("link", { name: patientName, exact: true }).click();
  await page.waitForURL(/\/patients\/[0-9a-f-]{36}$/);
  await page.goto(`${page.url()}/summary`);
  await page.emulateMedia({ media: "print" });
  const slug = patientName.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  for (const format of ["A4", "Letter"] as const) {
    const file = path.join(outDir, `${slug}-${format.toLowerCase()}.pdf`);
    // preferCSSPageSize stays off: the page's @page rule sets margins only, so the paper size is the format.
    await page.pdf({ path: file, format, printBackground: true });
    console.log(file);
  }
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
