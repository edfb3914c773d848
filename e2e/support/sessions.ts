import { expect, type Browser } from "@playwright/test";
import { SignInPage } from "../pages/sign-in-page";
import { DEMO_PASSWORD } from "./fixtures";

/**
 * A fresh phone-sized browser signed in as one patient. Contexts made inside a project would otherwise
 * inherit that project's saved sign-in, so the state is emptied explicitly.
 */
export async function patientOnPhone(browser: Browser, email: string, password = DEMO_PASSWORD) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    storageState: { cookies: [], origins: [] },
  });
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, password);
  await expect(page).toHaveURL(/\/portal$/);
  return { context, page };
}
