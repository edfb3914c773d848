import { expect, test } from "@playwright/test";
import { SignInPage } from "../pages/sign-in-page";
import { expectNoAxeViolations } from "../support/axe";
import { DEMO_PASSWORD } from "../support/fixtures";
import { patientOnPhone } from "../support/sessions";

// Daniel Brooks (Los Angeles) paused his reminders in the demo data, so nothing was sent to him before this
// test; his diary ends yesterday, so today's diary reminder is due. Priya Shah is his clinic's admin, who reads
// the embedded default's emails on the Outbox page (no mail server is configured in the e2e run).
const PATIENT = "daniel.brooks@mail.example";
const ADMIN = "priya.shah@riverside.example";

/** "HH:MM" in a time zone, a minute ago: the reminder falls due at once. */
function aMinuteAgo(timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(Date.now() - 60_000));
}

const KIND_BOX = {
  "diary reminders": "My diary, if I have not filled it in",
  "questionnaire reminders": "Questionnaires when they are due",
  "weekly question reminders": "My weekly questions",
} as const;

test("a patient turns a kind of reminder off from the link in the reminder email", async ({ browser }) => {
  test.setTimeout(240_000);
  const { page, context } = await patientOnPhone(browser, PATIENT);
  await page.getByRole("link", { name: "Account" }).click();
  await page.getByRole("link", { name: "Reminder settings" }).click();
  await expect(page.getByRole("heading", { name: "Reminders", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Turn reminders back on" }).click();
  await expect(page.getByText("Reminders are on again.")).toBeVisible();

  // A time that is not a time of day is refused beside the field, and focus moves to it.
  await page.getByLabel("Time of day").fill("");
  await page.getByRole("button", { name: "Save reminder settings" }).click();
  await expect(page.getByLabel("Time of day")).toBeFocused();

  await page.getByLabel("Time of day").fill(aMinuteAgo("America/Los_Angeles"));
  await page.getByLabel("Quiet from").fill("00:00");
  await page.getByLabel("Quiet until").fill("00:00");
  await page.getByRole("button", { name: "Save reminder settings" }).click();
  await expect(page.getByText("Your reminder settings are saved.")).toBeVisible();

  // The reminder job runs every minute; the admin finds the email on the Outbox page.
  const clinic = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const admin = await clinic.newPage();
  const signIn = new SignInPage(admin);
  await signIn.goto();
  await signIn.signIn(ADMIN, DEMO_PASSWORD);
  await expect(admin).toHaveURL(/\/patients/);
  const email = admin.getByRole("link", { name: `Reminder to ${PATIENT}` });
  await expect(async () => {
    await admin.goto("/clinic/outbox");
    await expect(email).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 150_000 });
  await email.first().click();
  await expect(admin.getByRole("heading", { name: "A reminder from Gradus" })).toBeVisible();
  // No health information: no name, pain or condition in the subject or the text (the address is Daniel's).
  await expect(admin.getByRole("region", { name: "Message" }).getByText(/Daniel|pain|back/i)).toHaveCount(0);
  await expect(admin.getByRole("heading", { level: 1 })).not.toHaveText(/Daniel|pain|back/i);
  const link = await admin.locator('a[href*="/reminders/manage?t="]').first().getAttribute("href");
  expect(link).toBeTruthy();

  // Opened from the email on a phone that is not signed in.
  const mailApp = await browser.newContext({
    viewport: { width: 360, height: 740 },
    storageState: { cookies: [], origins: [] },
  });
  const fromEmail = await mailApp.newPage();
  await fromEmail.goto(new URL(link!).pathname + new URL(link!).search);
  await expect(fromEmail.getByRole("heading", { name: "Reminders" })).toBeVisible();
  await expectNoAxeViolations(fromEmail);
  const stop = fromEmail.getByRole("button", { name: /^Stop / });
  const kind = ((await stop.textContent()) ?? "").replace(/^Stop /, "").trim() as keyof typeof KIND_BOX;
  await stop.click();
  await expect(fromEmail.getByText(`You will not get ${kind} any more.`)).toBeVisible();

  // The patient's own page shows that kind switched off.
  await page.reload();
  await expect(page.getByRole("checkbox", { name: KIND_BOX[kind] })).not.toBeChecked();

  await Promise.all([context.close(), clinic.close(), mailApp.close()]);
});
