import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

test("the demo clinic's monthly monitoring list: thresholds, the rule beside them, the dates one click away", async ({
  page,
}) => {
  await page.goto("/patients");
  await page.getByRole("navigation", { name: "Clinic" }).getByRole("link", { name: "Monitoring" }).click();
  await expect(page.getByRole("heading", { name: /^Monitoring record, / })).toBeVisible();
  await expect(page.getByText(/^Days of data: dates \(in the patient's time zone\)/)).toBeVisible();
  await expect(page.getByText(/^Minutes: time the care team logged/)).toBeVisible();

  const row = page
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: "Daniel Brooks", exact: true }) });
  await expect(row).toContainText(/\d+ days, \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d/);
  // The days behind the count, one click away.
  await row
    .getByText(/\d+ days, /)
    .first()
    .click();
  await expect(row.getByText(/^\d{4}-\d\d-\d\d: diary/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const file = await readFile((await (await download).path())!, "utf8");
  expect(file).toContain('"Days of data in period"');
  expect(file).toContain('"Daniel Brooks"');

  await page.getByRole("link", { name: "Previous month" }).click();
  await expect(page.getByRole("heading", { name: /^Monitoring record, / })).toBeVisible();
});
