import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { CLINICIAN, OTHER_CLINIC_PATIENT_ID } from "../support/fixtures";

test("a clinician sees who viewed and changed a patient's record, and the viewing is itself recorded", async ({
  page,
}) => {
  await page.goto("/patients");
  await page.getByRole("link", { name: "Maria Lopez", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Maria Lopez" })).toBeVisible();
  await page.getByRole("link", { name: "Access history" }).click();
  await expect(page.getByRole("heading", { name: "Access history" })).toBeVisible();

  const table = page.getByRole("table", { name: /Who viewed or changed this record/ });
  const rows = table.getByRole("row");
  // The newest event is this very view, by the signed-in clinician, from this browser.
  await expect(rows.nth(1)).toContainText("Viewed this access history");
  await expect(rows.nth(1)).toContainText(CLINICIAN.name);
  await expect(rows.nth(1)).toContainText(/Chrome on /);
  await expect(table).toContainText("Opened the patient page");
  // The demo diary is in the trail as the patient's own entries.
  await expect(page.getByText(/Page 1 of \d+ · \d+ events/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the access history of another clinic's patient does not exist", async ({ page }) => {
  const response = await page.goto(`/patients/${OTHER_CLINIC_PATIENT_ID}/access`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("clinic settings are for clinic admins only", async ({ page }) => {
  const response = await page.goto("/clinic/settings");
  expect(response?.status()).toBe(404);
});
