import { expect, test, type Browser, type Page } from "@playwright/test";
import { currentTotp, totpStep } from "@/lib/auth/totp";
import { SignInPage } from "../pages/sign-in-page";
import { expectNoAxeViolations } from "../support/axe";
import {
  forAttempt,
  HARBOUR_ADMIN,
  HARBOUR_CLINICIAN,
  HARBOUR_PASSWORD,
  HARBOUR_TOTP_CLINICIAN,
} from "../support/fixtures";

async function signedOut(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return { context, page: await context.newPage() };
}

/**
 * A code made right before it is sent: for the current 30-second step, or for the next one when the current
 * step was already spent (the server accepts one step either side). So a slow machine between computing and
 * sending never matters, and no test waits for a window to pass.
 */
function freshTotp(key: string, spentStep: number | null = null) {
  const step = Math.max(totpStep(new Date()), (spentStep ?? -1) + 1);
  return { step, code: currentTotp(key, new Date(step * 30_000)) };
}

/** Turns on TOTP from the account page; answers the key and the recovery codes. */
async function turnOnTotp(page: Page) {
  await page.goto("/account");
  await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
  await expect(page.getByRole("img", { name: /QR code for your authenticator app/ })).toBeVisible();
  const key = (await page.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).textContent())!.replace(/\s/g, "");
  await page.getByLabel("Code from the app").fill(freshTotp(key).code);
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  return { key, codes: await codes.allTextContents() };
}

// Each attempt acts in a Harbour clinic of its own (forAttempt): a retry must not find 2FA already on.
test("a clinician turns on two-step sign-in, then signs in with a code or a recovery code", async ({
  browser,
}, testInfo) => {
  test.slow();
  const totpClinician = forAttempt(HARBOUR_TOTP_CLINICIAN, testInfo.retry);
  const { context, page } = await signedOut(browser);
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(totpClinician.email, HARBOUR_PASSWORD);
  await expect(page).toHaveURL(/\/(patients|account)/);
  await page.goto("/account");
  await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
  await expect(page.getByRole("img", { name: /QR code for your authenticator app/ })).toBeVisible();
  const key = (await page.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).textContent())!.replace(/\s/g, "");
  await expectNoAxeViolations(page);

  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page.getByText("Not the code the app shows now.")).toBeVisible();
  const turnedOn = freshTotp(key);
  await page.getByLabel("Code from the app").fill(turnedOn.code);
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCode = (await codes.first().textContent())!;
  await page.getByRole("link", { name: "I have saved them, continue" }).click();
  await expect(page).toHaveURL(/\/patients$/);

  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn.goto();
  await signIn.signIn(totpClinician.email, HARBOUR_PASSWORD);
  await expect(page).toHaveURL(/\/sign-in\/verify$/);
  await expect(page.getByRole("heading", { name: "Enter your code" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Code").fill("123456");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(signIn.errorMessage()).toHaveText(/That code is not right/);
  // The code used to turn it on is spent: the next one, computed now.
  await page.getByLabel("Code").fill(freshTotp(key, turnedOn.step).code);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/patients$/);

  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn.goto();
  await signIn.signIn(totpClinician.email, HARBOUR_PASSWORD);
  await expect(page).toHaveURL(/\/sign-in\/verify$/);
  await page.getByLabel("Code").fill(recoveryCode);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/patients$/);
  await context.close();
});

test("an admin requires two-step sign-in; staff without it must set it up first", async ({
  browser,
}, testInfo) => {
  test.slow();
  const harbourAdmin = forAttempt(HARBOUR_ADMIN, testInfo.retry);
  const harbourClinician = forAttempt(HARBOUR_CLINICIAN, testInfo.retry);
  const admin = await signedOut(browser);
  const signIn = new SignInPage(admin.page);
  await signIn.goto();
  await signIn.signIn(harbourAdmin.email, HARBOUR_PASSWORD);
  await expect(admin.page).toHaveURL(/\/(patients|account)/);
  await admin.page.goto("/clinic/settings");
  await expect(admin.page.getByRole("heading", { name: "Clinic settings" })).toBeVisible();
  await expectNoAxeViolations(admin.page);
  const requireIt = async () => {
    await admin.page.getByLabel("Require two-step sign-in for clinic staff").check();
    await admin.page.getByRole("button", { name: "Save settings" }).click();
  };
  // Not before the admin uses it: requiring it must not shut out the person who turned it on.
  await requireIt();
  await expect(admin.page.locator("form").getByRole("alert")).toContainText("your own account first");
  await turnOnTotp(admin.page);
  await admin.page.goto("/clinic/settings");
  await requireIt();
  await expect(admin.page.getByText("Two-step sign-in is now required.")).toBeVisible();

  const clinician = await signedOut(browser);
  const clinicianSignIn = new SignInPage(clinician.page);
  await clinicianSignIn.goto();
  await clinicianSignIn.signIn(harbourClinician.email, HARBOUR_PASSWORD);
  await expect(clinician.page).toHaveURL(/\/account\?setup=required$/);
  await expect(clinician.page.getByText("Your clinic requires two-step sign-in")).toBeVisible();
  await clinician.page.goto("/patients");
  await expect(clinician.page).toHaveURL(/\/account\?setup=required$/);
  const api = await clinician.page.request.get(
    "/api/clinic/patients/00000000-0000-4000-8000-000000000000/series?range=4w",
  );
  expect(api.status()).toBe(403);
  await expectNoAxeViolations(clinician.page);
  await admin.context.close();
  await clinician.context.close();
});
