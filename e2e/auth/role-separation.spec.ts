import { expect, test } from "@playwright/test";

test.describe("anonymous visitors", () => {
  for (const path of ["/", "/patients", "/patients/new", "/portal"]) {
    test(`are sent to sign-in from ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in$/);
    });
  }
});

test.describe("a patient", () => {
  test.use({ storageState: "e2e/.auth/patient.json" });

  for (const path of ["/patients", "/patients/new"]) {
    test(`cannot open the clinic page ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Maria Lopez" })).toHaveCount(0);
    });
  }
});

test.describe("a clinician", () => {
  test.use({ storageState: "e2e/.auth/clinician.json" });

  test("cannot open the patient portal", async ({ page }) => {
    const response = await page.goto("/portal");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});
