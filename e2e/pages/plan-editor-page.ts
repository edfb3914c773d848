import { expect, type Page } from "@playwright/test";

export class PlanEditorPage {
  constructor(private readonly page: Page) {}

  async openFor(patientName: string) {
    await this.page.goto("/patients");
    await this.page.getByRole("link", { name: patientName }).click();
    await this.page.getByRole("link", { name: /Create plan|Revise plan/ }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText(patientName);
  }

  async addTemplate(name: string) {
    await this.page.getByLabel("Start from a template").selectOption({ label: name });
    await this.page.getByRole("button", { name: "Add its activities" }).click();
  }

  activity(name: string) {
    return this.page.getByRole("group", { name, exact: true });
  }

  preview() {
    return this.page.getByRole("complementary", { name: "Preview" });
  }

  async save() {
    await this.page.getByRole("button", { name: /Save plan|Save new revision/ }).click();
  }
}
