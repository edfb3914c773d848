import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { TEST_PASSWORD } from "@/db/testing/factories";
import { forAttempt, RED_FLAG_PATIENT } from "../support/fixtures";
import { DiaryFormPage } from "../pages/today-page";
import { patientOnPhone } from "../support/sessions";

test("an emergency red flag: the patient is sent to emergency care, the plan pauses, the physio sees it first, acknowledges and resumes", async ({
  page,
  browser,
}, testInfo) => {
  // A long walk through both faces: three times the machine-sized time-out.
  test.slow();
  // Each attempt has its own patient: a retry must see the onboarding questions that the first attempt answered.
  const patient = forAttempt(RED_FLAG_PATIENT, testInfo.retry);
  const { context, page: phone } = await patientOnPhone(browser, patient.email, TEST_PASSWORD);
  // The onboarding check-in is offered on Today. The patient logs a bad day first: pain 8 asks the safety
  // questions straight away, and they answer yes to a bladder question.
  await expect(phone.getByRole("heading", { name: "Safety questions" })).toBeVisible();
  await expect(phone.getByText("Walking")).toBeVisible();
  const diary = new DiaryFormPage(phone);
  await diary.choose("Pain right now", 8);
  await diary.choose("Average pain today", 7);
  await diary.save();
  await expect(phone).toHaveURL(/\/portal\/check-in$/);
  await expect(phone.getByText("You logged pain of 8 out of 10.")).toBeVisible();
  await phone.getByRole("button", { name: "Send my answers" }).click();
  await expect(phone.locator("form").getByRole("alert")).toContainText("Please answer every question");
  const questions = phone.locator("fieldset");
  const count = await questions.count();
  for (let i = 0; i < count; i++) await questions.nth(i).getByText("No", { exact: true }).click();
  await questions.filter({ hasText: "hard to pee" }).getByText("Yes", { exact: true }).click();
  await phone.getByRole("button", { name: "Send my answers" }).click();

  // The emergency screen replaces every portal page until the patient confirms it.
  const emergency = phone.getByRole("heading", { name: "Get emergency help now" });
  await expect(emergency).toBeVisible();
  // The demo clinic is in the UK: one emergency number, tap to call, and no list of other countries'.
  await expect(phone.getByText("Call 999, or go to A&E now.")).toBeVisible();
  await expect(phone.getByRole("link", { name: /Emergency number\s*999/ })).toHaveAttribute(
    "href",
    "tel:999",
  );
  await expect(phone.getByText(/911/)).toHaveCount(0);
  await expect(phone.getByText("Your physio will see this when they next open Gradus.")).toBeVisible();
  await expect(
    phone.getByText("You have a new problem when you pee: it is hard to start, hard to hold, or you leak."),
  ).toBeVisible();
  await expect(phone.getByRole("navigation", { name: "Portal" })).toHaveCount(0);
  await phone.goto("/portal/diary");
  await expect(emergency).toBeVisible();
  await expect((await new AxeBuilder({ page: phone }).analyze()).violations).toEqual([]);
  await phone.getByRole("button", { name: "I understand. I will get help now." }).click();
  await expect(phone.getByText("Your activity plan is paused")).toBeVisible();
  await expect(phone.getByText("Walking")).toHaveCount(0);

  // The clinician sees the critical red flag at the top of the list, with the answer (above it only the
  // patients of earlier attempts, who answered the same).
  await page.goto("/patients");
  const names = page.getByRole("table").getByRole("link");
  await expect(names.first()).toBeVisible();
  const above = (await names.allTextContents()).slice(0, testInfo.retry + 1);
  expect(above).toContain(patient.fullName);
  expect(above.every((name) => name.startsWith(RED_FLAG_PATIENT.fullName))).toBe(true);
  const row = page
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: patient.fullName, exact: true }) });
  await expect(row).toContainText(/Critical:\s*Emergency red flag: new bladder problems/);
  await row.getByRole("link", { name: patient.fullName, exact: true }).click();
  await expect(page.getByText("Paused", { exact: true })).toBeVisible();

  // Resuming is refused while the answer is unacknowledged; the note is required.
  await page.getByRole("button", { name: "Resume plan" }).click();
  await expect(page.getByText("Acknowledge the emergency answer first")).toBeVisible();
  const panel = page.locator("form").filter({ hasText: "Emergency red flag" });
  await expect(panel).toContainText("new bladder problems");
  await panel.getByRole("button", { name: "Acknowledge" }).click();
  await expect(panel).toBeVisible();
  await panel
    .getByLabel("What you did (required)")
    .fill("Phoned at 10:20; advised A&E now, patient on the way.");
  await panel.getByRole("button", { name: "Acknowledge" }).click();
  await expect(page.getByText("Red-flag answer acknowledged with your note.")).toBeVisible();
  await page.getByRole("button", { name: "Resume plan" }).click();
  await expect(page.getByText("Plan resumed.")).toBeVisible();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();

  await phone.goto("/portal");
  await expect(phone.getByText("Your activity plan is paused")).toHaveCount(0);
  await expect(phone.getByText("Walking")).toBeVisible();
  await context.close();
});
