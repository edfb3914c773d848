// Takes the README's screenshots from a running app (npm start): BASE_URL defaults to http://127.0.0.1:3000.
import { chromium, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/support/browser";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const out = (name: string) => `docs/screenshots/${name}.png`;
const password = "graded-activity-demo";

async function signIn(page: Page, email: string) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/(patients|portal)$/);
  await page.getByRole("heading", { level: 1 }).waitFor();
}

async function main() {
  const browser = await chromium.launch(chromiumLaunchOptions);

  const desktop = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await desktop.goto(`${base}/sign-in`);
  await desktop.screenshot({ path: out("sign-in") });
  await signIn(desktop, "anna.berg@riverside.example");
  await desktop.screenshot({ path: out("clinic-patients"), fullPage: true });
  await desktop.getByRole("link", { name: "Helen Murray" }).click();
  await desktop.getByRole("button", { name: "Create a new invite link" }).click();
  await desktop.getByLabel("Invite link").waitFor();
  await desktop.screenshot({ path: out("clinic-patient") });
  await desktop.goto(`${base}/patients/new`);
  await desktop.screenshot({ path: out("clinic-add-patient") });
  await desktop.goto(`${base}/patients`);
  await desktop.getByRole("link", { name: "James O'Neill" }).click();
  await desktop.getByRole("heading", { name: "Revision history" }).waitFor();
  await desktop.screenshot({ path: out("clinic-patient-plan"), fullPage: true });
  await desktop.goto(`${base}/patients`);
  await desktop.getByRole("link", { name: "Helen Murray" }).click();
  await desktop.getByRole("link", { name: "Create plan" }).click();
  await desktop.getByLabel("Start from a template").selectOption({ label: "Return to work in 8 weeks" });
  await desktop.getByRole("button", { name: "Add its activities" }).click();
  for (const [i, value] of ["15", "30", "8"].entries())
    await desktop
      .getByLabel(/^Baseline/)
      .nth(i)
      .fill(value);
  await desktop.screenshot({ path: out("clinic-plan-editor"), fullPage: true });

  const phone = await browser.newPage({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
  });
  await signIn(phone, "maria.lopez@mail.example");
  await phone.screenshot({ path: out("portal-home") });
  await phone.screenshot({ path: out("portal-today-full"), fullPage: true });
  await phone.goto(`${base}/portal/diary`);
  await phone.screenshot({ path: out("portal-diary") });
  await phone.goto(`${base}/portal/progress?weeks=12`);
  await phone.getByText("Pain (0 = none, 10 = worst)").waitFor();
  await phone.waitForTimeout(500);
  await phone.screenshot({ path: out("portal-progress"), fullPage: true });
  await phone.goto(`${base}/portal/check-in`);
  await phone.screenshot({ path: out("portal-check-in") });

  await desktop.goto(`${base}/patients`);
  await desktop.getByRole("link", { name: "James O'Neill" }).click();
  await desktop.getByRole("heading", { name: "Red-flag answers to act on" }).waitFor();
  await desktop.setViewportSize({ width: 1280, height: 1000 });
  await desktop.screenshot({ path: out("clinic-red-flag") });
  await desktop.goto(`${base}/patients`);
  await desktop.getByRole("link", { name: "Maria Lopez" }).click();
  const outcomes = desktop
    .locator("section")
    .filter({ has: desktop.getByRole("heading", { name: "Outcome measures" }) });
  await outcomes.scrollIntoViewIfNeeded();
  await outcomes.getByText("MIC reached").first().waitFor();
  await desktop.waitForTimeout(500);
  await outcomes.screenshot({ path: out("clinic-outcomes") });

  await browser.close();
  console.log("Screenshots written to docs/screenshots/");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
