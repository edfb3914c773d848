import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../support/fixtures";

export class SignInPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/sign-in");
    await expect(this.page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  }

  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  /** The form's own alert (Next adds an empty route announcer with role=alert too). */
  errorMessage() {
    return this.page.locator("form").getByRole("alert");
  }
}
