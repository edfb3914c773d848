import { expect, test } from "@playwright/test";
import { SignInPage } from "../pages/sign-in-page";
import { CLINICIAN, PATIENT, SIGN_OUT_PATIENT } from "../support/fixtures";

const GENERIC = "That email and password do not match an account.";

test("a clinician signs in and lands on their patient list", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(CLINICIAN.email);
  await expect(page).toHaveURL(/\/patients$/);
  await expect(page.getByRole("heading", { name: "Patients" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Maria Lopez" })).toBeVisible();
  await expect(page.getByText(CLINICIAN.name, { exact: true })).toBeVisible();
});

test("a patient signs in and is greeted by name in the portal", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(PATIENT.email);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Maria");
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(CLINICIAN.email, "not-the-right-password");
  await expect(signIn.errorMessage()).toHaveText(GENERIC);
  await expect(page).toHaveURL(/\/sign-in/);
  // The email stays filled in so the user only retypes the password.
  await expect(page.getByLabel("Email")).toHaveValue(CLINICIAN.email);

  await signIn.signIn("nobody-here@mail.example", "whatever-password");
  await expect(signIn.errorMessage()).toHaveText(GENERIC);
});

test("an empty form is refused with messages beside the fields", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter an email address like name@example.com.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();
});

test("signing out revokes the session on the server, not just the cookie", async ({ page, browser }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(SIGN_OUT_PATIENT.email);
  await expect(page).toHaveURL(/\/portal$/);
  const stolen = await page.context().cookies();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  // A copy of the cookie taken before signing out no longer opens the portal.
  const replay = await browser.newContext();
  await replay.addCookies(stolen);
  const replayPage = await replay.newPage();
  await replayPage.goto("/portal");
  await expect(replayPage).toHaveURL(/\/sign-in$/);
  await replay.close();
});
