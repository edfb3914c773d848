import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { TEST_PASSWORD } from "@/db/testing/factories";
import { CHANGE_REQUEST_PATIENT, forAttempt } from "../support/fixtures";
import { patientOnPhone } from "../support/sessions";

test("a patient asks for an easier walking target; the physio accepts it with a new amount from the list; the patient sees the new target and the answer", async ({
  browser,
}, testInfo) => {
  // Two browsers, a plan save and the production server on a loaded machine.
  test.slow();
  const cara = forAttempt(CHANGE_REQUEST_PATIENT, testInfo.retry);
  const { context, page } = await patientOnPhone(browser, cara.email, TEST_PASSWORD);
  await expect(page.getByText("target 14 minutes")).toBeVisible();

  // The patient asks, on a phone.
  await page.getByRole("link", { name: "Ask to change my plan" }).click();
  await expect(page.getByRole("heading", { name: "Ask to change my plan" })).toBeVisible();
  await expect(page.getByLabel("Which activity?")).toHaveValue("walking");
  await page.getByLabel("It is too hard or too painful").check();
  await page.getByLabel(/How much would you like to do each day/).fill("10");
  await page.getByLabel("Is there more to tell your physio?").fill("My back aches after ten minutes.");
  await page.getByRole("button", { name: "Send to my physio" }).click();
  await expect(page.getByText(/^Sent\./)).toBeVisible();
  await expect(page.getByText("Waiting for Anna Berg to answer.")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Asking changed nothing: today's target is the same.
  await page.goto("/portal");
  await expect(page.getByText("target 14 minutes")).toBeVisible();
  await expect(page.getByText("waiting for an answer")).toBeVisible();

  // The physio, on a desktop, sees it on top of the list and accepts it with another amount.
  const clinic = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    storageState: "e2e/.auth/clinician.json",
  });
  const desk = await clinic.newPage();
  await desk.goto("/patients");
  await expect(desk.getByRole("heading", { level: 2 }).first()).toHaveText(/Change requests to answer/);
  const requests = desk.getByRole("region", { name: /Change requests to answer/ });
  await expect(requests).toContainText(`${cara.fullName} · Asks to change Walking: too hard`);
  await requests
    .getByRole("link", { name: `Accept: ${cara.fullName}, Asks to change Walking: too hard` })
    .click();
  await expect(desk.getByText("Accepting a change request")).toBeVisible();
  await expect(desk.getByText("Suggests 10 a day.", { exact: false })).toBeVisible();
  // 70% of a 16-minute baseline: 11 minutes a day.
  await desk.getByLabel("Baseline (minutes)").fill("16");
  await desk.getByRole("button", { name: "Save new revision" }).click();
  await expect(desk.getByText(/the change request answered/)).toBeVisible();
  await expect(desk.getByText(/Accepted in revision 2/)).toBeVisible();
  await desk.goto("/patients");
  await expect(desk.getByRole("region", { name: /Change requests to answer/ })).not.toContainText(
    cara.fullName,
  );
  await clinic.close();

  // The patient sees the new target and the answer at once.
  await page.goto("/portal");
  await expect(page.getByText("target 11 minutes")).toBeVisible();
  await expect(page.getByText(/Anna Berg answered your request about Walking/)).toBeVisible();
  await page.getByRole("link", { name: "See the answer" }).click();
  await expect(page.getByText("Anna Berg said yes and changed your plan.")).toBeVisible();
  await context.close();
});
