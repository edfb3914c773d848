import { expect, test, type Page, type Response } from "@playwright/test";
import { SignInPage } from "../pages/sign-in-page";
import { CLINICIAN } from "../support/fixtures";

/** Collects Content-Security-Policy violations reported by the page and by the browser console. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return async () => [
    ...console,
    ...(await page.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    )),
  ];
}

function expectSecurityHeaders(response: Response | null) {
  const h = response!.headers();
  const csp = h["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"])
    expect(csp).toContain(d);
  expect(csp).not.toContain("unsafe-eval");
  expect(h["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["cache-control"]).toContain("no-store");
  return csp;
}

test("the sign-in page has the security headers, a fresh nonce per response, and no CSP violation", async ({
  page,
}) => {
  const violations = await watchCsp(page);
  const first = expectSecurityHeaders(await page.goto("/sign-in"));
  const second = expectSecurityHeaders(await page.goto("/sign-in"));
  expect(first).not.toBe(second);
  expect(await violations()).toEqual([]);
});

test("the session cookie is __Host- prefixed, Secure, HttpOnly and SameSite=Lax", async ({
  page,
  context,
}) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(CLINICIAN.email);
  await expect(page).toHaveURL(/\/patients$/);
  const session = (await context.cookies()).find((c) => c.name.includes("gradus.session"));
  expect(session).toMatchObject({
    name: "__Host-gradus.session",
    secure: true,
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
  });
});

test.describe("clinic pages", () => {
  test.use({ storageState: "e2e/.auth/clinician.json" });

  test("carry the headers, and run without a CSP violation, charts included", async ({ page }) => {
    const violations = await watchCsp(page);
    expectSecurityHeaders(await page.goto("/patients"));
    await page.getByRole("link", { name: "Maria Lopez", exact: true }).click();
    await expect(page.getByText("Pain (NRS 0-10)")).toBeVisible();
    const patientUrl = page.url();
    expectSecurityHeaders(await page.goto(patientUrl));
    // Switching the chart range runs client code and fetches a route handler.
    const series = page.waitForResponse((r) => r.url().includes("/series?range=12w"));
    await page.getByRole("button", { name: "12 weeks" }).click();
    expect((await series).headers()["cache-control"]).toContain("no-store");
    expectSecurityHeaders(await page.goto(`${patientUrl}/access`));
    expectSecurityHeaders(await page.goto(`${patientUrl}/plan`));
    expectSecurityHeaders(await page.goto(`${patientUrl}/summary`));
    expectSecurityHeaders(await page.goto("/account"));
    expect(await violations()).toEqual([]);
  });
});

test.describe("portal pages", () => {
  test.use({ storageState: "e2e/.auth/patient.json", viewport: { width: 360, height: 740 } });

  test("carry the headers, and run without a CSP violation", async ({ page }) => {
    const violations = await watchCsp(page);
    expectSecurityHeaders(await page.goto("/portal"));
    await expect(page.getByRole("button", { name: /Save/ }).first()).toBeVisible();
    expectSecurityHeaders(await page.goto("/portal/diary"));
    expectSecurityHeaders(await page.goto("/portal/progress"));
    expectSecurityHeaders(await page.goto("/portal/account"));
    expectSecurityHeaders(await page.goto("/portal/check-in"));
    expectSecurityHeaders(await page.goto("/portal/questionnaires/psfs"));
    const api = await page.request.get("/api/portal/diary/2020-01-01");
    expect(api.headers()["cache-control"]).toContain("no-store");
    expect(await violations()).toEqual([]);
  });
});
