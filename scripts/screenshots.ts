// Takes the README's screenshots from a running app (npm start): BASE_URL defaults to http://127.0.0.1:3000.
import { chromium, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "@/testing/browser";

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

/** Charts draw when they scroll into view, so a full-page shot scrolls the whole page first. */
async function scrollThrough(page: Page) {
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(150);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
}

async function main() {
  const browser = await chromium.launch(chromiumLaunchOptions);

  const desktop = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await desktop.goto(`${base}/sign-in`);
  await desktop.screenshot({ path: out("sign-in") });
  await signIn(desktop, "anna.berg@riverside.example");
  await desktop.screenshot({ path: out("clinic-patients"), fullPage: true });
  await desktop.getByRole("link", { name: "Helen Murray" }).click();
  await desktop.getByRole("button", { name: "Send a new invite" }).click();
  await desktop.getByLabel("Invite link").waitFor();
  await desktop.screenshot({ path: out("clinic-patient") });
  await desktop.goto(`${base}/patients/new`);
  await desktop.screenshot({ path: out("clinic-add-patient") });
  await desktop.goto(`${base}/patients`);
  await desktop.getByRole("link", { name: "James O'Neill" }).click();
  const history = desktop
    .locator("section")
    .filter({ has: desktop.getByRole("heading", { name: "Revision history" }) })
    .last();
  await history.waitFor();
  await scrollThrough(desktop);
  // Down to the diary table: it would make the image too large for the README.
  const bottom = await desktop
    .getByRole("heading", { name: /^Diary, last/ })
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY - 32);
  await desktop.screenshot({
    // A long page of charts: JPEG keeps it a fraction of the PNG's size.
    path: "docs/screenshots/clinic-patient-plan.jpg",
    type: "jpeg",
    quality: 50,
    fullPage: true,
    clip: { x: 0, y: 0, width: 1280, height: bottom },
  });
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

  // Return to work and the FABQ screen on James's page (off sick, then reduced hours, high work score).
  await desktop.goto(`${base}/patients`);
  await desktop.getByRole("link", { name: "James O'Neill" }).click();
  const work = desktop
    .locator("section")
    .filter({ has: desktop.getByRole("heading", { name: "Return to work and fear-avoidance" }) });
  await work.scrollIntoViewIfNeeded();
  await work.screenshot({ path: out("clinic-return-to-work") });

  // The clinic's phone numbers, as an admin sets them for the advice screens.
  const admin = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await signIn(admin, "priya.shah@riverside.example");
  await admin.goto(`${base}/clinic/settings`);
  await admin.getByRole("heading", { name: "Contact details for patients" }).waitFor();
  await admin.screenshot({ path: out("clinic-contact-settings") });

  // This round's features: the review card, messages, change requests, reminders, staff and the Outbox.
  await desktop.setViewportSize({ width: 1280, height: 800 });
  await desktop.goto(`${base}/patients`);
  await desktop.getByRole("link", { name: "James O'Neill" }).click();
  await desktop.getByRole("heading", { name: "James O'Neill", level: 1 }).waitFor();
  await desktop.screenshot({ path: out("clinic-patient-review") });
  await admin.goto(`${base}/clinic/staff`);
  await admin.getByRole("heading", { name: "Staff", level: 1 }).waitFor();
  await admin.screenshot({ path: out("clinic-staff") });
  await admin.goto(`${base}/clinic/outbox`);
  await admin.getByRole("heading", { name: "Outbox", level: 1 }).waitFor();
  await admin.screenshot({ path: out("clinic-outbox") });
  await admin.goto(`${base}/clinic/monitoring`);
  await admin.getByRole("heading", { level: 1 }).waitFor();
  await admin.screenshot({ path: out("clinic-monitoring") });
  await phone.goto(`${base}/portal/messages`);
  await phone.getByRole("heading", { level: 1 }).waitFor();
  await phone.screenshot({ path: out("portal-messages") });
  await phone.goto(`${base}/portal/change-requests`);
  await phone.getByRole("heading", { level: 1 }).waitFor();
  await phone.screenshot({ path: out("portal-change-request") });
  const daniel = await browser.newPage({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
  });
  await signIn(daniel, "daniel.brooks@mail.example");
  await daniel.goto(`${base}/portal/reminders`);
  await daniel.getByRole("heading", { name: "Reminders", level: 1 }).waitFor();
  await daniel.screenshot({ path: out("portal-reminders") });

  // The urgent advice screen: a patient answers "yes" to fever only. This writes a real answer, so it runs
  // last and as Olivia, whom no other shot uses.
  const urgent = await browser.newPage({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
  });
  await signIn(urgent, "olivia.chen@mail.example");
  await urgent.goto(`${base}/portal/check-in`);
  if (!urgent.url().endsWith("/portal/advice")) {
    // Questions can appear after an answer (history changed), so answer until none is left unanswered.
    for (let round = 0; round < 3; round++) {
      const questions = urgent.locator("fieldset");
      for (let i = 0; i < (await questions.count()); i++) {
        const question = questions.nth(i);
        const fever = /fever/i.test((await question.locator("legend").textContent()) ?? "");
        await question.getByText(fever ? "Yes" : "No", { exact: true }).click();
      }
    }
    await urgent.getByRole("button", { name: "Send my answers" }).click();
    await urgent.waitForURL(/\/portal\/advice$/);
  }
  await urgent.getByRole("heading", { level: 1 }).waitFor();
  await urgent.screenshot({ path: out("portal-advice-urgent"), fullPage: true });

  await browser.close();
  console.log("Screenshots written to docs/screenshots/");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
