import { expect, test, type Browser, type Page } from "@playwright/test";
import { SignInPage } from "../pages/sign-in-page";
import { expectNoAxeViolations } from "../support/axe";

// The demo clinic's admin reads the Outbox: on the embedded default (no SMTP_URL) emails wait there.
const ADMIN = { email: "priya.shah@riverside.example", password: "graded-activity-demo" };
const PATIENT_PASSWORD = "copper willow harbour mosaic";

async function freshContext(browser: Browser, width = 1280) {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    storageState: { cookies: [], origins: [] },
  });
  return { context, page: await context.newPage() };
}

/** Opens the newest Outbox email of this kind to this address and answers the link it carries. */
async function linkFromOutbox(page: Page, kind: string, to: string) {
  await page.goto("/clinic/outbox");
  await page
    .getByRole("link", { name: `${kind} to ${to}` })
    .first()
    .click();
  await expect(page).toHaveURL(/\/clinic\/outbox\/[0-9a-f-]{36}$/);
  return (await page.getByRole("link", { name: /^http/ }).first().getAttribute("href"))!;
}

async function changeEmail(page: Page, patientUrl: string, to: string) {
  await page.goto(`${patientUrl}/edit`);
  await page.getByLabel("Email", { exact: true }).fill(to);
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page).toHaveURL(new RegExp(`${patientUrl}\\?saved=`));
}

test("staff change a patient's email: the new address confirms it by a button, then signs in", async ({
  browser,
}, testInfo) => {
  const stamp = `${testInfo.retry}.${Date.now()}`;
  const first = `ezra.first.${stamp}@mail.example`;
  const wrong = `ezra.wrong.${stamp}@mail.example`;
  const old = `ezra.old.${stamp}@mail.example`;
  const next = `ezra.new.${stamp}@mail.example`;

  const admin = await freshContext(browser, 820);
  await new SignInPage(admin.page).goto();
  await new SignInPage(admin.page).signIn(ADMIN.email, ADMIN.password);
  await expect(admin.page).toHaveURL(/\/patients/);
  await admin.page.goto("/patients/new");
  await admin.page.getByLabel("Full name").fill("Ezra Mail");
  await admin.page.getByLabel("Email").fill(first);
  await admin.page.getByLabel("Physiotherapist").selectOption({ label: "Anna Berg" });
  await admin.page.getByRole("button", { name: "Add patient and create invite" }).click();
  await expect(admin.page.getByText("Patient added")).toBeVisible();
  await admin.page.getByRole("link", { name: "Open patient" }).click();
  await expect(admin.page.getByRole("heading", { name: "Ezra Mail" })).toBeVisible();
  const patientUrl = new URL(admin.page.url()).pathname;

  // Not signed up yet: the address changes at once and a new invite goes to it (twice, to land on `old`).
  await changeEmail(admin.page, patientUrl, wrong);
  await expect(admin.page.getByText("A new invite went to the new email")).toBeVisible();
  await changeEmail(admin.page, patientUrl, old);
  const inviteLink = await linkFromOutbox(admin.page, "Invite", old);

  const phone = await freshContext(browser, 360);
  await phone.page.goto(inviteLink);
  await phone.page.getByLabel("New password").fill(PATIENT_PASSWORD);
  await phone.page.getByLabel("Repeat the password").fill(PATIENT_PASSWORD);
  await phone.page.getByRole("button", { name: "Set password and continue" }).click();
  await expect(phone.page).toHaveURL(/\/portal/);

  // With an account: the change waits for the new address.
  await changeEmail(admin.page, patientUrl, next);
  await expect(admin.page.getByText("once the patient opens the link we sent to it")).toBeVisible();
  const waiting = admin.page.getByRole("region", { name: "Email change" });
  await expect(waiting).toContainText(`Waiting for confirmation at ${next}`);
  if (process.env.I18_SHOTS) await waiting.screenshot({ path: "/tmp/i18-waiting-820.png" });
  await waiting.getByRole("button", { name: "Send the link again" }).click();
  await expect(waiting.getByText(`A new link is on its way to ${next}.`)).toBeVisible();

  const link = await linkFromOutbox(admin.page, "Email change", next);
  expect(link).toMatch(/\/confirm-email\/[A-Za-z0-9_-]{43}$/);
  // The email says nothing about who or why.
  await expect(admin.page.getByText("Ezra Mail")).toHaveCount(0);

  // Opening the link changes nothing (mail scanners open links): the old address still signs in.
  const other = await freshContext(browser, 360);
  await other.page.goto(link);
  await expect(other.page.getByRole("heading", { name: "Confirm your new email" })).toBeVisible();
  await expectNoAxeViolations(other.page);
  if (process.env.I18_SHOTS)
    await other.page.screenshot({ path: "/tmp/i18-confirm-360.png", fullPage: true });
  const check = await freshContext(browser, 360);
  await new SignInPage(check.page).goto();
  await new SignInPage(check.page).signIn(old, PATIENT_PASSWORD);
  await expect(check.page).toHaveURL(/\/portal/);
  await check.context.close();

  await other.page.getByRole("button", { name: "Confirm this email" }).click();
  await expect(other.page.getByText(`From now on, sign in with ${next}.`)).toBeVisible();
  await other.page.goto(link);
  await expect(other.page.getByRole("heading", { name: "This email is already confirmed" })).toBeVisible();

  // The new address signs in; the old one no longer does.
  await new SignInPage(other.page).goto();
  await new SignInPage(other.page).signIn(next, PATIENT_PASSWORD);
  await expect(other.page).toHaveURL(/\/portal/);
  const stale = await freshContext(browser, 360);
  await new SignInPage(stale.page).goto();
  await new SignInPage(stale.page).signIn(old, PATIENT_PASSWORD);
  await expect(stale.page).toHaveURL(/\/sign-in/);

  // The clinic sees the new address, nothing waiting, and the change in the access history.
  await admin.page.goto(patientUrl);
  await expect(admin.page.getByRole("region", { name: "Email change" })).toHaveCount(0);
  await expect(admin.page.getByText(next).first()).toBeVisible();

  // Templates: an admin sees each activity's fields and may retire.
  if (process.env.I18_SHOTS) {
    await admin.page.goto("/clinic/templates");
    await admin.page.screenshot({ path: "/tmp/i18-templates-820.png", fullPage: true });
  }

  for (const c of [admin, phone, other, stale]) await c.context.close();
});
