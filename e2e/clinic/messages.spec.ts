import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { PATIENT } from "../support/fixtures";
import { patientOnPhone } from "../support/sessions";

const rowOf = (page: import("@playwright/test").Page, name: string) =>
  page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });

test("a patient writes from the phone, the physio sees it on the list and replies, the patient reads it", async ({
  page,
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const question = `Can I swim this week instead of walking? (${stamp})`;
  const answer = `Yes, swimming is fine; count it as your walking time. (${stamp})`;

  // The patient, on a 360 px phone.
  const phone = await patientOnPhone(browser, PATIENT.email);
  await phone.page.getByRole("link", { name: /^Messages/ }).click();
  await expect(phone.page.getByRole("heading", { name: "Messages" })).toBeVisible();
  await phone.page.getByLabel("Your message").fill(question);
  await phone.page.getByRole("button", { name: "Send" }).click();
  const sent = phone.page.getByRole("listitem").filter({ hasText: question });
  await expect(sent).toContainText(/You · \d/);
  await expectNoAxeViolations(phone.page);

  // The physio: an unread count on the list, the thread on the patient page, a reply.
  await page.goto("/patients");
  await expect(rowOf(page, PATIENT.name)).toContainText(/\d+ unread messages?/);
  await page.getByRole("link", { name: PATIENT.name, exact: true }).click();
  await expect(page.getByRole("list", { name: "Messages" })).toContainText(question);
  await page.getByLabel("Reply to the patient").fill(answer);
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByText("Reply sent.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Messages" })).toContainText(answer);
  // Time spent writing is offered, never logged on its own.
  const suggestion = page.getByRole("button", { name: /^Log \d+ min for this message$/ });
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(suggestion).toHaveCount(0);
  await expect(page.getByText("Writing a message to the patient").first()).toBeVisible();
  await page.goto("/patients");
  await expect(rowOf(page, PATIENT.name)).not.toContainText(/unread message/);

  // The patient sees the reply, with the count on the tab first.
  await phone.page.goto("/portal");
  await expect(phone.page.getByRole("link", { name: /^Messages\s*\d+ unread$/ })).toBeVisible();
  await phone.page.getByRole("link", { name: /^Messages/ }).click();
  await expect(phone.page.getByRole("list", { name: "Messages" })).toContainText(answer);
  await expect(phone.page.getByRole("link", { name: /^Messages\s*\d+ unread$/ })).toHaveCount(0);

  // Offline, a message waits on screen and goes when the connection is back.
  const later = `Thanks! Going to the pool on Friday. (${stamp})`;
  await phone.context.setOffline(true);
  await phone.page.getByLabel("Your message").fill(later);
  await phone.page.getByRole("button", { name: "Send" }).click();
  const waiting = phone.page.getByRole("listitem").filter({ hasText: later });
  await expect(waiting).toContainText("Waiting to send");
  await phone.context.setOffline(false);
  await expect(waiting).toContainText(/You · \d/);
  await phone.page.reload();
  await expect(phone.page.getByRole("listitem").filter({ hasText: later })).toHaveCount(1);
  await phone.context.close();
});
