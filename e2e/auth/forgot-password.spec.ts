import { expect, test, type Browser } from "@playwright/test";
import { SignInPage } from "../pages/sign-in-page";
import { expectNoAxeViolations } from "../support/axe";

// The demo clinic's admin reads the Outbox: on the embedded default (no SMTP_URL) emails wait there.
const ADMIN = { email: "priya.shah@riverside.example", password: "graded-activity-demo" };
const PATIENT_PASSWORD = "amber falcon tidepool lantern";
const NEW_PASSWORD = "quartz meadow ferry candle";

async function freshContext(browser: Browser, width = 1280) {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    storageState: { cookies: [], origins: [] },
  });
  return { context, page: await context.newPage() };
}

/** Opens the newest Outbox email of this kind to this address and answers the link it carries. */
async function linkFromOutbox(page: import("@playwright/test").Page, kind: string, to: string) {
  await page.goto("/clinic/outbox");
  await expect(page.getByRole("heading", { name: "Outbox" })).toBeVisible();
  await page
    .getByRole("link", { name: `${kind} to ${to}` })
    .first()
    .click();
  await expect(page).toHaveURL(/\/clinic\/outbox\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("definition").filter({ hasText: to })).toBeVisible();
  const link = page.getByRole("link", { name: /^http/ }).first();
  return (await link.getAttribute("href"))!;
}

test("forgot password on the embedded default: the link is read on the Outbox page, the new password works and old sessions end", async ({
  browser,
}, testInfo) => {
  const email = `rhea.reset.${testInfo.retry}.${Date.now()}@mail.example`;

  // The admin adds a patient: the invite email waits in the Outbox, and its link sets up the account.
  const admin = await freshContext(browser, 820);
  await new SignInPage(admin.page).goto();
  await new SignInPage(admin.page).signIn(ADMIN.email, ADMIN.password);
  await expect(admin.page).toHaveURL(/\/patients/);
  await admin.page.goto("/patients/new");
  await admin.page.getByLabel("Full name").fill("Rhea Reset");
  await admin.page.getByLabel("Email").fill(email);
  await admin.page.getByLabel("Physiotherapist").selectOption({ label: "Anna Berg" });
  await admin.page.getByRole("button", { name: "Add patient and create invite" }).click();
  await expect(admin.page.getByText("Patient added")).toBeVisible();
  const inviteLink = await linkFromOutbox(admin.page, "Invite", email);
  expect(inviteLink).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

  const oldDevice = await freshContext(browser, 360);
  await oldDevice.page.goto(inviteLink);
  await oldDevice.page.getByLabel("New password").fill(PATIENT_PASSWORD);
  await oldDevice.page.getByLabel("Repeat the password").fill(PATIENT_PASSWORD);
  await oldDevice.page.getByRole("button", { name: "Set password and continue" }).click();
  await expect(oldDevice.page).toHaveURL(/\/portal/);

  // On another phone the patient has forgotten the password.
  const phone = await freshContext(browser, 360);
  await new SignInPage(phone.page).goto();
  await phone.page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(phone.page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await expectNoAxeViolations(phone.page);
  await phone.page.getByLabel("Email").fill("not-an-address");
  await phone.page.getByRole("button", { name: "Send me a link" }).click();
  await expect(phone.page.getByText("Enter an email address like name@example.com.")).toBeVisible();
  await phone.page.getByLabel("Email").fill(email);
  await phone.page.getByRole("button", { name: "Send me a link" }).click();
  await expect(phone.page.getByText(/If an account uses that address, we have sent it a link/)).toBeVisible();

  // The same words for an address nobody uses.
  const stranger = await freshContext(browser, 360);
  await stranger.page.goto("/forgot-password");
  await stranger.page.getByLabel("Email").fill(`nobody.${Date.now()}@mail.example`);
  await stranger.page.getByRole("button", { name: "Send me a link" }).click();
  await expect(
    stranger.page.getByText(/If an account uses that address, we have sent it a link/),
  ).toBeVisible();
  await stranger.context.close();

  const resetLink = await linkFromOutbox(admin.page, "Password reset", email);
  expect(resetLink).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}$/);

  await phone.page.goto(resetLink);
  await expect(phone.page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await phone.page.getByLabel("New password").fill(NEW_PASSWORD);
  await phone.page.getByLabel("Repeat the password").fill(NEW_PASSWORD);
  await phone.page.getByRole("button", { name: "Set new password" }).click();
  await expect(
    phone.page.getByText(/Your password is changed and you are signed out everywhere/),
  ).toBeVisible();

  // The old session is refused; the link works once; the new password signs in.
  await oldDevice.page.goto("/portal");
  await expect(oldDevice.page).toHaveURL(/\/sign-in/);
  await phone.page.goto(resetLink);
  await expect(phone.page.getByRole("heading", { name: "This link has already been used" })).toBeVisible();
  await new SignInPage(phone.page).goto();
  await new SignInPage(phone.page).signIn(email, NEW_PASSWORD);
  await expect(phone.page).toHaveURL(/\/portal/);

  for (const c of [admin, oldDevice, phone]) await c.context.close();
});

test("a clinician has no Outbox; it is for admins", async ({ browser }) => {
  const clinician = await freshContext(browser, 820);
  await new SignInPage(clinician.page).goto();
  await new SignInPage(clinician.page).signIn("anna.berg@riverside.example", "graded-activity-demo");
  await expect(clinician.page).toHaveURL(/\/patients/);
  await expect(clinician.page.getByRole("link", { name: "Outbox" })).toHaveCount(0);
  const response = await clinician.page.goto("/clinic/outbox");
  expect(response?.status()).toBe(404);
  await clinician.context.close();
});
