import { expect, test as setup } from "@playwright/test";
import { SignInPage } from "../pages/sign-in-page";
import { CLINICIAN, PATIENT } from "../support/fixtures";

setup("sign in as the demo clinician", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(CLINICIAN.email);
  await expect(page).toHaveURL(/\/patients$/);
  await page.context().storageState({ path: "e2e/.auth/clinician.json" });
});

setup("sign in as the demo patient", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(PATIENT.email);
  await expect(page).toHaveURL(/\/portal$/);
  await page.context().storageState({ path: "e2e/.auth/patient.json" });
});
