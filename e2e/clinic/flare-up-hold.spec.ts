import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { TEST_PASSWORD } from "@/db/testing/factories";
import { DiaryFormPage } from "../pages/today-page";
import { FLARE_UP_HOLD_PATIENT, forAttempt } from "../support/fixtures";
import { patientOnPhone } from "../support/sessions";

test("a patient starts the flare-up hold agreed in advance, after the safety questions; the physio sees it", async ({
  browser,
  page,
}, testInfo) => {
  test.slow();
  const finn = forAttempt(FLARE_UP_HOLD_PATIENT, testInfo.retry);
  const phone = await patientOnPhone(browser, finn.email, TEST_PASSWORD);
  const today = phone.page;
  await expect(today.getByRole("heading", { name: "Your flare-up plan" })).toBeVisible();
  await expect(today.getByText(FLARE_UP_HOLD_PATIENT.plan)).toBeVisible();
  await expect(today.getByRole("button", { name: "Start my flare-up hold" })).toHaveCount(0);

  // A flare-up logged today asks the safety questions, as any flare-up does.
  const diary = new DiaryFormPage(today);
  await diary.logFullDay({ painNow: 6, painAverage: 5 });
  await diary.choose("Did you have a flare-up?", "Yes");
  await diary.save();
  await expect(today).toHaveURL(/\/portal\/check-in$/);
  const questions = today.locator("fieldset");
  for (let i = 0; i < (await questions.count()); i++)
    await questions.nth(i).getByText("No", { exact: true }).click();
  await today.getByRole("button", { name: "Send my answers" }).click();
  await expect(today).toHaveURL(/\/portal\?checked=1$/);

  // Then the agreed hold can be started from Today.
  await today.getByLabel("2 days").check();
  await today.getByRole("button", { name: "Start my flare-up hold" }).click();
  await expect(today.getByText(/Your hold has started/)).toBeVisible();
  expect((await new AxeBuilder({ page: today }).analyze()).violations).toEqual([]);
  await today.reload();
  await expect(today.getByText(/Your hold runs until/)).toBeVisible();
  await expect(today.getByRole("button", { name: "Start my flare-up hold" })).toHaveCount(0);
  await phone.context.close();

  // The physio sees the low alert and the revision with its reason, and acknowledges it.
  await page.goto("/patients");
  await page.getByRole("link", { name: finn.fullName, exact: true }).first().click();
  await expect(page.getByText(/Started the agreed flare-up hold on/)).toBeVisible();
  await expect(page.getByText("Flare-up hold started by the patient, as agreed").first()).toBeVisible();
  await expect(page.getByText(/not yet acknowledged/)).toBeVisible();
});
