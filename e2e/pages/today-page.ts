import { expect, type Page } from "@playwright/test";

/** The portal's diary form, on Today or on a past day. */
export class DiaryFormPage {
  constructor(private readonly page: Page) {}

  async choose(legend: string, value: number | "Yes" | "No") {
    await this.page.getByRole("group", { name: legend }).getByText(String(value), { exact: true }).click();
  }

  async logFullDay({ painNow, painAverage }: { painNow: number; painAverage: number }) {
    for (const button of await this.page.getByRole("button", { name: /Did it as planned/ }).all())
      await button.click();
    await this.choose("Pain right now", painNow);
    await this.choose("Average pain today", painAverage);
    await this.choose("How well did you sleep?", 7);
    await this.choose("How stressed do you feel?", 3);
    await this.choose("Did you have a flare-up?", "No");
    await this.choose("Did you take pain medication?", "No");
  }

  async save() {
    await this.page.getByRole("button", { name: /Save my day|Save changes/ }).click();
  }

  status() {
    return this.page.getByRole("status").filter({ hasText: /./ }).last();
  }

  async expectSaved() {
    await expect(this.page.getByText(/^Saved\./)).toBeVisible();
  }
}
