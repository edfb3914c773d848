import { expect, test } from "@playwright/test";
import { SignInPage } from "../pages/sign-in-page";

// The demo clinic's own template "Desk worker start" was saved by Anna Berg (db/seed/seed-demo.ts).
test("a template's activities are edited in place; only its author or an admin may retire it", async ({
  page,
  browser,
}) => {
  await page.goto("/clinic/templates");
  const desk = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: "Save template" }) })
    .first();
  const walking = desk.getByRole("group", { name: /Activity 1/ });
  await expect(walking).toBeVisible();
  await walking.getByLabel("Goal (minutes)").fill("700");
  await desk.getByRole("button", { name: "Save template" }).click();
  // Beyond the unit's range: the message sits beside the field, which has the focus.
  await expect(walking.getByText("Use at most 600 minutes.")).toBeVisible();
  await expect(walking.getByLabel("Goal (minutes)")).toBeFocused();
  await walking.getByLabel("Goal (minutes)").fill("40");
  await walking.getByLabel("Instructions for the patient").fill("Walk at an easy pace. Count the minutes.");
  await desk.getByRole("button", { name: "Save template" }).click();
  await expect(desk.getByText("Template saved.")).toBeVisible();
  await page.reload();
  await expect(
    page
      .getByRole("group", { name: /Activity 1/ })
      .first()
      .getByLabel("Goal (minutes)"),
  ).toHaveValue("40");
  // Anna saved it: she may retire it (the button is there; not pressed, the demo keeps the template).
  await expect(page.getByRole("button", { name: "Retire Desk worker start" })).toBeVisible();

  // Tom may edit but not retire it.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const tom = await context.newPage();
  await new SignInPage(tom).goto();
  await new SignInPage(tom).signIn("tom.okafor@riverside.example", "graded-activity-demo");
  await expect(tom).toHaveURL(/\/patients/);
  await tom.goto("/clinic/templates");
  await expect(tom.getByText("Only an admin or Anna Berg can retire it.")).toBeVisible();
  await expect(tom.getByRole("button", { name: "Retire Desk worker start" })).toHaveCount(0);
  await context.close();
});
