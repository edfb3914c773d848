import { expect, test } from "@playwright/test";
import { SignInPage } from "../pages/sign-in-page";

test("a clinician adds a patient, who accepts the invite and signs in", async ({ page, browser }) => {
  const email = `new.patient.${Date.now()}@mail.example`;
  await page.goto("/patients/new");

  // Bad input first: nothing is stored and the messages sit beside the fields.
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Add patient and create invite" }).click();
  await expect(page.getByText("Enter the patient's name.")).toBeVisible();
  await expect(page.getByText("Enter an email address like name@example.com.")).toBeVisible();

  await page.getByLabel("Full name").fill("Nora Quinn");
  await page.getByLabel("Email").fill(email);
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/London");
  await page.getByLabel("Time zone").selectOption("America/Chicago");
  await page.getByLabel("Condition (optional)").fill("Low back pain, 5 months, after a house move");
  await page.getByRole("button", { name: "Add patient and create invite" }).click();

  await expect(page.getByText("Patient added")).toBeVisible();
  const inviteUrl = await page.getByLabel("Invite link").inputValue();
  expect(inviteUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

  await page.getByRole("link", { name: "Open patient" }).click();
  await expect(page.getByRole("heading", { name: "Nora Quinn" })).toBeVisible();
  await expect(page.getByText("Invite sent")).toBeVisible();

  // The patient, in a browser of their own.
  // A fresh context: contexts made here would otherwise inherit the clinician's saved sign-in.
  const patientContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const patient = await patientContext.newPage();
  await patient.goto(new URL(inviteUrl).pathname);
  await expect(patient.getByRole("heading", { name: "Welcome, Nora Quinn" })).toBeVisible();

  await patient.getByLabel("New password").fill("password123");
  await patient.getByLabel("Repeat the password").fill("password123");
  await patient.getByRole("button", { name: "Set password and continue" }).click();
  await expect(patient.getByText(/too common or too easy to guess/)).toBeVisible();

  const password = "copper kettle orbit meadow";
  await patient.getByLabel("New password").fill(password);
  await patient.getByLabel("Repeat the password").fill(password);
  await patient.getByRole("button", { name: "Set password and continue" }).click();
  await expect(patient).toHaveURL(/\/portal$/);
  await expect(patient.getByRole("heading", { level: 1 })).toContainText("Nora");

  await patient.getByRole("button", { name: "Sign out" }).click();
  const signIn = new SignInPage(patient);
  await signIn.signIn(email, password);
  await expect(patient).toHaveURL(/\/portal$/);

  // The link is spent.
  await patient.goto(new URL(inviteUrl).pathname);
  await expect(patient.getByRole("heading", { name: "This link has already been used" })).toBeVisible();
  await patientContext.close();

  await page.reload();
  await expect(page.getByText("The patient has set up their account and can sign in.")).toBeVisible();
});

test("issuing a new invite link replaces the old one", async ({ page, browser }) => {
  await page.goto("/patients");
  await page.getByRole("link", { name: "Helen Murray" }).click();
  await page.getByRole("button", { name: "Send a new invite" }).click();
  const first = await page.getByLabel("Invite link").inputValue();
  await page.getByRole("button", { name: "Send another invite" }).click();
  await expect(page.getByLabel("Invite link")).not.toHaveValue(first);

  const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const visitor = await anonymous.newPage();
  await visitor.goto(new URL(first).pathname);
  await expect(visitor.getByRole("heading", { name: "A newer link was sent" })).toBeVisible();
  await anonymous.close();
});
