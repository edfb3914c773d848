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

  const phone = await browser.newPage({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
  });
  await signIn(phone, "maria.lopez@mail.example");
  await phone.screenshot({ path: out("portal-home") });

  await browser.close();
  console.log("Screenshots written to docs/screenshots/");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
