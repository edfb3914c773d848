import { expect, test } from "@playwright/test";
import { PlanEditorPage } from "../pages/plan-editor-page";

test("a physio discharges a patient, who then sees the read-only portal, and re-opens them with a new plan", async ({
  page,
  browser,
}) => {
  // A patient of our own, so no other test sees them discharged.
  const name = `Ella Episode ${Date.now()}`;
  await page.goto("/patients/new");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill(`ella.episode.${Date.now()}@mail.example`);
  await page.getByRole("button", { name: "Add patient and create invite" }).click();
  const link = await page.getByLabel("Invite link").inputValue();
  await page.getByRole("link", { name: "Open patient" }).click();
  await page.waitForURL(/\/patients\/[0-9a-f-]{36}$/);
  const patientUrl = page.url();

  const portalContext = await browser.newContext({
    viewport: { width: 360, height: 740 },
    storageState: { cookies: [], origins: [] },
  });
  const portal = await portalContext.newPage();
  await portal.goto(new URL(link).pathname);
  const password = "my garden path in spring 2281";
  await portal.getByLabel("New password").fill(password);
  await portal.getByLabel("Repeat the password").fill(password);
  await portal.getByRole("button", { name: "Set password and continue" }).click();
  await expect(portal).toHaveURL(/\/portal/);

  // Discharge: the reason and message, then the confirmation step.
  await page.goto(patientUrl);
  await page.getByText("Discharge", { exact: true }).click();
  await page.getByRole("button", { name: "Discharge patient" }).click();
  await page.getByRole("button", { name: "Yes, discharge" }).click();
  await expect(page.getByText("Choose why care is ending.")).toBeVisible();
  await page.getByLabel("Why care is ending").selectOption("goals_met");
  await page.getByLabel("Message for the patient").fill("Keep walking every day and stretch after work.");
  await page.getByRole("button", { name: "Discharge patient" }).click();
  await page.getByRole("button", { name: "Yes, discharge" }).click();
  await expect(page.getByText("Patient discharged.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Discharge summary of episode 1" })).toBeVisible();

  // The list: out of the active view, in the Discharged one.
  await page.goto("/patients?view=all");
  await expect(page.getByRole("link", { name })).toHaveCount(0);
  await page.goto("/patients?view=discharged");
  await expect(page.getByRole("link", { name })).toBeVisible();

  // The portal is read-only: the message, the last questions, no diary form.
  await portal.goto("/portal");
  await expect(portal.getByRole("heading", { name: /Well done/ })).toBeVisible();
  await expect(portal.getByText("Keep walking every day and stretch after work.")).toBeVisible();
  await expect(portal.getByRole("link", { name: "How your activities are now" })).toBeVisible();
  await expect(portal.getByRole("button", { name: /Save/ })).toHaveCount(0);
  await portal.goto("/portal/check-in");
  await expect(portal).toHaveURL(/\/portal$/);

  // Re-open as episode 2 and write the new plan, measuring a new baseline.
  await page.goto(patientUrl);
  await page.getByRole("button", { name: "Re-open care as a new episode" }).click();
  await expect(page.getByText("Care re-opened as a new episode.")).toBeVisible();
  await expect(page.getByText(/Episode 2:/)).toBeVisible();
  const editor = new PlanEditorPage(page);
  await page.getByRole("link", { name: "Create plan" }).click();
  await editor.addTemplate("Walking programme");
  await editor.activity("Walking").getByLabel("Measure over the next 3 days").check();
  await editor.save();
  await expect(page.getByText("Plan saved.")).toBeVisible();

  // Episode 1 stays viewable on the patient page: its charts, diary and exports only.
  await page.getByRole("link", { name: "Show here episode 1" }).click();
  await expect(page).toHaveURL(/\?episode=1$/);
  await expect(page.getByText(/Showing episode 1 \(/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Diary, last 4 weeks of episode 1" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Diary of episode 1 as CSV" })).toHaveAttribute(
    "href",
    /diary\.csv\?episode=1$/,
  );
  await expect(page.getByRole("link", { name: "Summary of episode 1 to print" })).toHaveAttribute(
    "href",
    /summary\?episode=1$/,
  );
  await page.getByRole("link", { name: "Back to the current episode" }).click();
  await expect(page.getByRole("heading", { name: "Diary, last 4 weeks" })).toBeVisible();

  await portal.goto("/portal");
  await expect(portal.getByRole("heading", { name: /Well done/ })).toHaveCount(0);
  await portalContext.close();
});
