import { expect, test } from "@playwright/test";

test("the portal home greets the patient and fits a 360 px screen", async ({ page }) => {
  await page.goto("/portal");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Maria");
  await expect(page.getByRole("main").getByText("Riverside Physiotherapy")).toBeVisible();
  // The footer tells the patient how to reach the clinic.
  await expect(page.getByRole("contentinfo").getByText("Riverside Physiotherapy")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
