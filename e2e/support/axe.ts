import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails with a readable list when axe finds anything on the page as it is now. */
export async function expectNoAxeViolations(page: Page) {
  // Right after a client navigation or a server action's refresh, React swaps the hoisted <title> (and
  // Next streams it after the page's first chunk): wait until the page has settled on one, or axe reports
  // a missing title that no user ever meets.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`),
  ).toEqual([]);
}
