import { expect, test } from "@playwright/test";
import { SignInPage } from "../pages/sign-in-page";

// The demo clinic's admin (db/seed/demo-clinic.ts).
const ADMIN = "priya.shah@riverside.example";

test("an admin invites a clinician, who sets a password and sees the patient list", async ({ browser }) => {
  const adminContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const admin = await adminContext.newPage();
  const signIn = new SignInPage(admin);
  await signIn.goto();
  await signIn.signIn(ADMIN);
  await admin.getByRole("link", { name: "Staff", exact: true }).click();
  await expect(admin.getByRole("heading", { name: "Staff", level: 1 })).toBeVisible();

  const email = `nina.new.${Date.now()}@riverside.example`;
  await admin.getByLabel("Name").fill("Nina New");
  await admin.getByLabel("Email").fill(email);
  await admin.getByLabel("Role").selectOption("clinician");
  await admin.getByRole("button", { name: "Create invitation link" }).click();
  await expect(admin.getByText("Invitation for Nina New created.")).toBeVisible();
  const link = await admin.getByLabel("Invite link").inputValue();
  expect(link).toMatch(/\/join\/[A-Za-z0-9_-]{43}$/);
  // The taken email is refused beside its field.
  await admin.getByRole("button", { name: "Invite someone else" }).click();
  await admin.getByLabel("Name").fill("Nina Again");
  await admin.getByLabel("Email").fill(email);
  await admin.getByRole("button", { name: "Create invitation link" }).click();
  await expect(
    admin.getByText("Someone in this clinic already uses this email, or has an open invitation."),
  ).toBeVisible();
  await adminContext.close();

  const newContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const clinician = await newContext.newPage();
  await clinician.goto(new URL(link).pathname);
  await expect(clinician.getByRole("heading", { name: "Welcome, Nina New" })).toBeVisible();
  const password = "a quiet harbour at dawn 7315";
  await clinician.getByLabel("New password").fill(password);
  await clinician.getByLabel("Repeat the password").fill(password);
  await clinician.getByRole("button", { name: "Set password and continue" }).click();
  await expect(clinician).toHaveURL(/\/patients$/);
  await expect(clinician.getByRole("heading", { name: "Patients", level: 1 })).toBeVisible();
  await expect(clinician.getByRole("link", { name: "Maria Lopez" })).toBeVisible();
  // A clinician does not see staff administration.
  await expect(clinician.getByRole("link", { name: "Staff", exact: true })).toHaveCount(0);
  await newContext.close();
});
