import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { TEST_PASSWORD } from "@/db/testing/factories";
import { EVENING_PATIENT, forAttempt } from "../support/fixtures";
import { DiaryFormPage } from "../pages/today-page";
import { patientOnPhone } from "../support/sessions";

test("a worrying evening after a morning check-in asks the safety questions again; an urgent answer shows the clinic's phone to tap", async ({
  browser,
}, testInfo) => {
  // Two check-ins, two diary saves and the advice screen: a long flow on a loaded machine.
  test.slow();
  const { context, page } = await patientOnPhone(
    browser,
    forAttempt(EVENING_PATIENT, testInfo.retry).email,
    TEST_PASSWORD,
  );

  // Morning: the first check-in (with the history questions), all no.
  await page.goto("/portal/check-in");
  await expect(page.getByRole("group", { name: "Have you ever had cancer?" })).toBeVisible();
  const questions = page.locator("fieldset");
  for (let i = 0; i < (await questions.count()); i++)
    await questions.nth(i).getByText("No", { exact: true }).click();
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page).toHaveURL(/\/portal\?checked=1$/);

  // A calm day logged after it: nothing to ask.
  const diary = new DiaryFormPage(page);
  await diary.logFullDay({ painNow: 3, painAverage: 3 });
  await diary.save();
  await diary.expectSaved();

  // Evening: the same day saved again with pain 8. The check-in was earlier today, but before this save.
  await page.reload();
  await diary.choose("Pain right now", 8);
  await diary.save();
  await expect(page).toHaveURL(/\/portal\/check-in$/);
  await expect(page.getByText("You logged pain of 8 out of 10.")).toBeVisible();

  // The fixed history is not asked again: only whether anything changed.
  await expect(page.getByRole("group", { name: "Have you ever had cancer?" })).toHaveCount(0);
  for (let i = 0; i < (await questions.count()); i++)
    await questions.nth(i).getByText("No", { exact: true }).click();
  await questions.filter({ hasText: "fever" }).getByText("Yes", { exact: true }).click();
  await page.getByRole("button", { name: "Send my answers" }).click();

  // Urgent: the clinic's phone with tap-to-call, its out-of-hours line and the UK emergency number.
  await expect(
    page.getByRole("heading", { name: "Contact your physio or doctor within 24 hours" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: /Call Riverside Physiotherapy/ })).toHaveAttribute(
    "href",
    "tel:02079460123",
  );
  await expect(page.getByRole("link", { name: /When the clinic is closed\s*111/ })).toHaveAttribute(
    "href",
    "tel:111",
  );
  await expect(page.getByRole("link", { name: /Emergency number\s*999/ })).toHaveAttribute("href", "tel:999");
  await expect(page.getByText("You have a fever, or feel hot and shivery.")).toBeVisible();
  await expect(page.getByText("Your physio will see this when they next open Gradus.")).toBeVisible();
  await expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole("button", { name: "I understand. I will contact them." }).click();
  await expect(page).toHaveURL(/\/portal$/);
  await context.close();
});
