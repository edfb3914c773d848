import { expect, test } from "@playwright/test";
import { EXPIRED_INVITE_TOKEN } from "../support/fixtures";

test("an expired invite gets a clear page and no form", async ({ page }) => {
  await page.goto(`/invite/${EXPIRED_INVITE_TOKEN}`);
  await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveCount(0);
});

test("a forged invite link is refused", async ({ page }) => {
  await page.goto(`/invite/${"A".repeat(43)}`);
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await page.goto("/invite/not-even-the-right-shape");
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
});
