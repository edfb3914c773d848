import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DiaryFormPage } from "../pages/today-page";
import { patientOnPhone } from "../support/sessions";

test.describe.configure({ mode: "serial" });

test("a patient logs a full day on a phone in a few taps", async ({ page }) => {
  await page.goto("/portal");
  const form = new DiaryFormPage(page);
  const started = Date.now();
  // Pain close to Maria's usual: a rise of 2 or more would lead to the safety questions instead.
  await form.logFullDay({ painNow: 4, painAverage: 4 });
  await form.save();
  await form.expectSaved();
  console.log(`[e2e] full day logged in ${((Date.now() - started) / 1000).toFixed(1)} s of scripted taps`);
  await expect(page.getByText("You kept to your plan today")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();
  await expect(
    page.getByRole("group", { name: "Average pain today" }).getByRole("radio", { name: "4" }),
  ).toBeChecked();
});

test("missing answers are shown beside their questions and nothing is sent", async ({ page }) => {
  await page.goto("/portal/diary");
  // Two days back is within the editable week but untouched by the other tests.
  const days = page.getByRole("link").filter({ hasText: /Not logged/ });
  if ((await days.count()) === 0) test.skip(true, "every editable day is already logged in the demo");
  await days.first().click();
  let sent = false;
  page.on("request", (r) => {
    if (r.method() === "PUT" && r.url().includes("/api/portal/diary/")) sent = true;
  });
  await page.getByRole("button", { name: "Save my day" }).click();
  await expect(page.getByText("Choose your pain now from 0 to 10.")).toBeVisible();
  await expect(page.getByText("Choose your average pain today from 0 to 10.")).toBeVisible();
  // The errors are far up the page: focus goes to the first, and the bar at the button says what is missing.
  await expect(
    page.getByRole("group", { name: "Pain right now" }).getByRole("radio", { name: "0", exact: true }),
  ).toBeFocused();
  await expect(page.locator("form").getByRole("status")).toHaveText(
    "Not saved yet: please answer pain right now and average pain.",
  );
  await page.getByRole("group", { name: "Pain right now" }).getByText("3", { exact: true }).click();
  await expect(page.locator("form").getByRole("status")).toHaveText(
    "Not saved yet: please answer average pain.",
  );
  expect(sent).toBe(false);
});

test("a patient edits yesterday and sees it in the diary and on My progress", async ({ page }) => {
  await page.goto("/portal/diary");
  await page.getByRole("link", { name: /Yesterday/ }).click();
  const form = new DiaryFormPage(page);
  await form.choose("Pain right now", 3);
  await page.getByRole("group", { name: "Average pain that day" }).getByText("2", { exact: true }).click();
  await form.save();
  await form.expectSaved();

  await page.getByRole("link", { name: "Back to diary" }).click();
  await expect(page.getByRole("link", { name: /Yesterday/ })).toContainText("Pain 2/10");

  await page.getByRole("link", { name: "My progress" }).click();
  await page.getByRole("link", { name: "2 weeks", exact: true }).click();
  await expect(page.getByText("Latest entry: today, average pain 4/10.")).toBeVisible();
  await expect(page.getByText("Pain (0 = none, 10 = worst)")).toBeVisible();
  await expect(page.locator("figure")).toHaveCount(3);
});

test("a submission whose answer is lost is retried and stored once", async ({ browser }) => {
  const { context, page } = await patientOnPhone(browser, "olivia.chen@mail.example");

  // The first PUT reaches the server and is stored, but its answer never arrives.
  let puts = 0;
  await page.route("**/api/portal/diary/**", async (route) => {
    if (route.request().method() !== "PUT") return route.continue();
    puts += 1;
    if (puts === 1) {
      await route.fetch();
      return route.abort("connectionreset");
    }
    return route.continue();
  });
  const form = new DiaryFormPage(page);
  await form.logFullDay({ painNow: 3, painAverage: 3 });
  await form.save();
  await form.expectSaved();
  expect(puts).toBe(2);

  // One entry, written once: the retry was recognised as the same submission, not applied again.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(new Date());
  const stored = await page.evaluate(
    async (date) => (await fetch(`/api/portal/diary/${date}`)).json(),
    today,
  );
  expect(stored.entry).toMatchObject({ date: today, version: 1, painAverage: 3 });
  await context.close();
});

test("offline is said plainly, and the entry is sent once back online", async ({ browser }) => {
  const { context, page } = await patientOnPhone(browser, "lukas.novak@mail.example");
  const form = new DiaryFormPage(page);
  await form.logFullDay({ painNow: 2, painAverage: 2 });

  await context.setOffline(true);
  await form.save();
  await expect(page.getByText(/You are offline\. Your answers are kept here/)).toBeVisible();
  await context.setOffline(false);
  await form.expectSaved();
  await context.close();
});

test("portal pages have no accessibility violations", async ({ page }) => {
  for (const path of ["/portal", "/portal/diary", "/portal/progress"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${path}: ${v.id} ${v.help}`)).toEqual([]);
  }
});
