import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { RED_FLAG_PATIENT } from "../support/fixtures";

test.describe.configure({ mode: "serial" });

const rowOf = (page: import("@playwright/test").Page, name: string) =>
  page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });

test("the flaring and the silent patients are at the top, with their reasons", async ({ page }) => {
  await page.goto("/patients");
  await expect(page.getByRole("table").getByRole("link").first()).toBeVisible();
  // The red-flags spec's patients (one per attempt) may be on top with an emergency answer while it runs in parallel.
  const names = (await page.getByRole("table").getByRole("link").allTextContents()).filter(
    (n) => !n.startsWith(RED_FLAG_PATIENT.fullName),
  );
  expect(names.slice(0, 2)).toEqual(["James O'Neill", "Sam Whitfield"]);
  await expect(rowOf(page, "James O'Neill")).toContainText(
    /Critical:\s*Pain 7\/10 on the latest entry|Critical:\s*Pain [89]\/10 on the latest entry/,
  );
  await expect(rowOf(page, "James O'Neill")).toContainText(/High:\s*Average pain up/);
  await expect(rowOf(page, "Sam Whitfield")).toContainText(/High:\s*No diary for 9 days/);

  await page.getByRole("link", { name: /Needs attention/ }).click();
  await expect(page.getByRole("table").getByRole("link", { name: "Maria Lopez" })).toHaveCount(0);
  await page.getByLabel("Search by name").fill("sam");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("table").getByRole("link")).toHaveText(["Sam Whitfield"]);
});

test("a patient page switches chart ranges in place and lists the diary", async ({ page }) => {
  await page.goto("/patients");
  await page.getByRole("link", { name: "James O'Neill", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Diary against the plan" })).toBeVisible();
  await expect(page.getByText("Pain (NRS 0-10)")).toBeVisible();
  const url = page.url();
  const rangeText = page.getByText(/^\w+day \d+ \w+ 20\d\d to /).first();
  const before = await rangeText.textContent();
  await page.getByRole("button", { name: "12 weeks" }).click();
  await expect(page.getByRole("button", { name: "12 weeks" })).toHaveAttribute("aria-pressed", "true");
  await expect(rangeText).not.toHaveText(before ?? "");
  expect(page.url()).toBe(url);
  await expect(page.getByRole("table", { name: /Diary entries/ })).toContainText("Flare-up");
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`),
  ).toEqual([]);
});

test("acknowledging an alert takes it off the list until something new happens", async ({ page }) => {
  await page.goto("/patients");
  await page.getByRole("link", { name: "Sam Whitfield", exact: true }).click();
  const alert = page.locator("form").filter({ hasText: "No diary for 9 days" });
  await alert.getByRole("textbox").fill("Phoned: back from a trip, will log again today");
  await alert.getByRole("button", { name: "Acknowledge" }).click();
  await expect(page.getByText("Alert acknowledged.")).toBeVisible();
  await expect(page.locator("form").filter({ hasText: "No diary for 9 days" })).toHaveCount(0);
  // The note stays readable on the patient page, and the access history says what was acknowledged in words.
  const notes = page
    .locator("section, div")
    .filter({ has: page.getByRole("heading", { name: "Acknowledgement notes" }) })
    .last();
  await expect(notes).toContainText("Phoned: back from a trip, will log again today");
  await expect(notes).toContainText("no diary for a week or more");
  await page.getByRole("link", { name: "Access history" }).click();
  await expect(page.getByText("Alert: no diary for a week or more").first()).toBeVisible();
  await expect(page.getByText(/Alert [a-z]+_[a-z_]+/)).toHaveCount(0);

  await page.goto("/patients");
  await expect(rowOf(page, "Sam Whitfield")).not.toContainText("No diary for 9 days");
  await expect(page.getByRole("table").getByRole("link").first()).toBeVisible();
  // The red-flags spec's patients (one per attempt) may be on top with an emergency answer while it runs in parallel.
  const names = (await page.getByRole("table").getByRole("link").allTextContents()).filter(
    (n) => !n.startsWith(RED_FLAG_PATIENT.fullName),
  );
  expect(names[0]).toBe("James O'Neill");
  expect(names[1]).not.toBe("Sam Whitfield");
});
