import { expect, test } from "@playwright/test";
import { PlanEditorPage } from "../pages/plan-editor-page";
import { PATIENT } from "../support/fixtures";

test("'Add patient and create invite' pressed twice keeps its place and still shows the one-time link", async ({
  page,
}) => {
  await page.goto("/patients/new");
  await page.getByLabel("Full name").fill("Dana Double");
  await page.getByLabel("Email").fill(`dana.double.${Date.now()}@mail.example`);
  // Hold the action's answer back until the pending state has been looked at (and clicked into).
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/patients/new", async (route) => {
    if (route.request().method() === "POST") await held;
    await route.continue();
  });

  const submit = page.getByRole("button", { name: "Add patient and create invite" });
  const cancel = page.getByRole("link", { name: "Cancel" });
  const before = { submit: await submit.boundingBox(), cancel: await cancel.boundingBox() };
  // Near the button's right end, where a shrinking button used to leave Cancel under the pointer.
  const x = before.submit!.x + before.submit!.width * 0.9;
  const y = before.submit!.y + before.submit!.height / 2;
  await page.mouse.click(x, y);
  const pending = page.getByRole("button", { name: "Adding…" });
  await expect(pending).toBeDisabled();
  expect(await pending.boundingBox()).toEqual(before.submit);
  expect(await cancel.boundingBox()).toEqual(before.cancel);
  // The second click of the double-click lands on the pending button and does nothing.
  await page.mouse.click(x, y);
  release();

  await expect(page.getByText("Patient added")).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/patients/new");
  await expect(page.getByLabel("Invite link")).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
});

test("revising with 'continue from the current quota': the caption starts where the chart does, and a corrected value clears its error", async ({
  page,
}) => {
  const editor = new PlanEditorPage(page);
  await editor.openFor(PATIENT.name);
  const walking = editor.activity("Walking");
  const option = walking.getByText(/Continue from the current quota/);
  await expect(walking.getByRole("checkbox", { name: /Continue from the current quota/ })).toBeChecked();
  const current = /\(([\d,]+) minutes?\)/.exec((await option.textContent()) ?? "");
  expect(current).not.toBeNull();
  await expect(editor.preview()).toContainText(new RegExp(`Starts at ${current![1]} minutes?;`));

  await walking.getByLabel("Goal (minutes)").fill("700");
  await page.getByLabel("Reason for this change").fill("Checking the limits");
  await editor.save();
  await expect(walking.getByText(/Use at most 600/)).toBeVisible();
  await walking.getByLabel("Goal (minutes)").fill("60");
  await expect(walking.getByText(/Use at most 600/)).toHaveCount(0);
});

test("a name search does not change how many patients need attention", async ({ page }) => {
  await page.goto("/patients");
  const headline = page.getByText(/in your clinic · \d+ need attention/);
  const all = await headline.textContent();
  expect(all).not.toMatch(/· 0 need attention/);
  await page.goto("/patients?q=zzzz-no-such-name");
  await expect(page.getByText("No patients match")).toBeVisible();
  await expect(headline).toHaveText(all!);
});
