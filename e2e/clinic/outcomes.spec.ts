import { expect, test } from "@playwright/test";
import { TEST_PASSWORD } from "@/db/testing/factories";
import { PLANLESS_PATIENT, PSFS_PATIENT } from "../support/fixtures";
import { patientOnPhone } from "../support/sessions";

test("PSFS at intake: the patient names and rates activities they find hard", async ({ browser }) => {
  const { context, page } = await patientOnPhone(browser, PLANLESS_PATIENT.email, PLANLESS_PATIENT.password);
  await page.getByRole("link", { name: "Activities you find hard" }).click();
  await page.getByRole("button", { name: "Save my answers" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("Name at least one activity");

  const activities = ["Putting on shoes", "Sitting at my desk", "Lifting my toddler"];
  for (const [i, name] of activities.entries()) {
    const row = page.locator("fieldset").filter({ hasText: `Activity ${i + 1}` });
    await row.getByLabel("An activity you find hard because of your back").fill(name);
    await row.getByText(String(i + 2), { exact: true }).click();
  }
  await page.getByRole("button", { name: "Save my answers" }).click();
  await expect(page.getByText("Your answers about hard activities are saved")).toBeVisible();
  await expect(page.getByRole("link", { name: "Activities you find hard" })).toHaveCount(0);
  await context.close();
});

test("PSFS re-rated two weeks after intake: the physio sees the change marked against the MIC", async ({
  page,
  browser,
}) => {
  const { context, page: phone } = await patientOnPhone(browser, PSFS_PATIENT.email, TEST_PASSWORD);
  await phone.getByRole("link", { name: "Rate your activities again" }).click();
  for (const item of PSFS_PATIENT.intake) {
    const row = phone.locator("fieldset").filter({ hasText: item.activity });
    await expect(row).toBeVisible();
    await row.getByText(String(item.rating + 3), { exact: true }).click();
  }
  await phone.getByRole("button", { name: "Save my answers" }).click();
  await expect(phone.getByText("Your answers about hard activities are saved")).toBeVisible();
  await context.close();

  await page.goto("/patients");
  await page.getByRole("link", { name: PSFS_PATIENT.fullName, exact: true }).click();
  const outcomes = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "Outcome measures" }) });
  await expect(outcomes).toContainText("Important improvement");
  await expect(outcomes).toContainText(/3\.0 to 6\.0 \(\+3\.0\); first reached on/);
  // Charts are drawn as they come near the viewport.
  await outcomes.scrollIntoViewIfNeeded();
  await expect(outcomes.getByText("MIC reached")).toBeVisible();
});
