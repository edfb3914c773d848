import { expect, test } from "@playwright/test";
import { OTHER_CLINIC_PATIENT_ID } from "../support/fixtures";

test("the patient list shows the clinic's patients and opens a record", async ({ page }) => {
  await page.goto("/patients");
  const table = page.getByRole("table");
  for (const name of ["Maria Lopez", "James O'Neill", "Daniel Brooks", "Helen Murray", "Ewan Fraser"]) {
    await expect(table.getByRole("link", { name })).toBeVisible();
  }
  await expect(table.getByRole("link", { name: "Hillside Patient" })).toHaveCount(0);
  await table.getByRole("link", { name: "Aiko Tanaka" }).click();
  await expect(page.getByRole("heading", { name: "Aiko Tanaka" })).toBeVisible();
  await expect(page.getByText("Pacific/Auckland")).toBeVisible();
});

test("another clinic's patient answers 404", async ({ page }) => {
  const response = await page.goto(`/patients/${OTHER_CLINIC_PATIENT_ID}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByText("Hillside Patient")).toHaveCount(0);
});

test("a malformed patient id answers 404", async ({ page }) => {
  const response = await page.goto("/patients/1%20OR%201=1");
  expect(response?.status()).toBe(404);
});
