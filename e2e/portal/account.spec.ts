import { expect, test } from "@playwright/test";
import { SignInPage } from "../pages/sign-in-page";
import { expectNoAxeViolations } from "../support/axe";
import { PASSWORD_PATIENT } from "../support/fixtures";
import { patientOnPhone } from "../support/sessions";

const NEW_PASSWORD = "copper kettle orbit meadow";

test("a patient changes their password on the phone; their other devices are signed out", async ({
  browser,
}) => {
  const phone = await patientOnPhone(browser, PASSWORD_PATIENT.email);
  const laptop = await patientOnPhone(browser, PASSWORD_PATIENT.email);
  const page = phone.page;
  await page.getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();

  await page.getByLabel("Current password").fill("graded-activity-demo");
  await page.getByLabel("New password", { exact: true }).fill("password123");
  await page.getByLabel("Repeat the new password").fill("password123");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText(/too common or too easy to guess/)).toBeVisible();

  await page.getByLabel("Current password").fill("graded-activity-demo");
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. You were signed out on 1 other device.")).toBeVisible();

  // This phone stays signed in; the other device is not.
  await page.getByRole("link", { name: "Today", exact: true }).click();
  await expect(page).toHaveURL(/\/portal$/);
  await laptop.page.goto("/portal");
  await expect(laptop.page).toHaveURL(/\/sign-in$/);
  const signIn = new SignInPage(laptop.page);
  await signIn.signIn(PASSWORD_PATIENT.email, NEW_PASSWORD);
  await expect(laptop.page).toHaveURL(/\/portal$/);
  await phone.context.close();
  await laptop.context.close();
});
