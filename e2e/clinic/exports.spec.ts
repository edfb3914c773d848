import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { SignInPage } from "../pages/sign-in-page";
import { OTHER_CLINIC_PATIENT_ID, PATIENT } from "../support/fixtures";

const ADMIN_EMAIL = "priya.shah@riverside.example";
const exportPaths = (id: string) => [
  `/api/clinic/patients/${id}/diary.csv`,
  `/api/clinic/patients/${id}/fhir`,
];

async function mariaId(page: Page): Promise<string> {
  await page.goto("/patients");
  await page.getByRole("table").getByRole("link", { name: PATIENT.name }).click();
  await expect(page.getByRole("heading", { name: PATIENT.name, level: 1 })).toBeVisible();
  return page.url().split("/").at(-1)!;
}

/** The second clinic's physiotherapist (e2e/support/prepare-server.ts). */
const OTHER_CLINICIAN = { email: "physio@hillside.example", password: "hillside-clinic-password" };

async function signedIn(browser: Browser, email: string, password?: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, password);
  await expect(page).not.toHaveURL(/sign-in/);
  return { context, page };
}

test("a clinician opens the printable summary of a patient", async ({ page }) => {
  const id = await mariaId(page);
  await page.getByRole("link", { name: "Progress summary to print" }).click();
  await expect(page).toHaveURL(`/patients/${id}/summary`);
  await expect(page.getByRole("heading", { name: PATIENT.name, level: 1 })).toBeVisible();
  for (const section of ["Graded-activity plan", "Outcome scores", "Alerts and red flags", "Goals"])
    await expect(page.getByRole("heading", { name: section })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`),
  ).toEqual([]);
});

test("a clinician downloads the diary as CSV and the record as a FHIR bundle", async ({ page }) => {
  await mariaId(page);
  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Diary as CSV" }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/^diary-maria-lopez-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parse(await streamText(await csvDownload.createReadStream()), { bom: true, columns: true });
  expect(rows.length).toBeGreaterThan(20);
  expect(Object.keys(rows[0] as object)).toContain("Average pain (0-10)");

  const [fhirDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "FHIR R4 bundle (JSON)" }).click(),
  ]);
  const bundle = JSON.parse(await streamText(await fhirDownload.createReadStream())) as {
    resourceType: string;
    type: string;
    entry: { resource: { resourceType: string } }[];
  };
  expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
  const types = new Set(bundle.entry.map((e) => e.resource.resourceType));
  for (const t of ["Patient", "CarePlan", "Goal", "Observation"]) expect(types).toContain(t);
});

test("the FHIR export answers as application/fhir+json", async ({ page }) => {
  const id = await mariaId(page);
  const response = await page.request.get(`/api/clinic/patients/${id}/fhir`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/fhir+json");
});

test("another clinic's patient answers 404 on the summary and every export", async ({ page }) => {
  const response = await page.goto(`/patients/${OTHER_CLINIC_PATIENT_ID}/summary`);
  expect(response?.status()).toBe(404);
  for (const path of exportPaths(OTHER_CLINIC_PATIENT_ID))
    expect((await page.request.get(path)).status(), path).toBe(404);
});

test("a clinician of another clinic gets 404 on this clinic's patient", async ({ page, browser }) => {
  const id = await mariaId(page);
  const { context, page: other } = await signedIn(browser, OTHER_CLINICIAN.email, OTHER_CLINICIAN.password);
  expect((await other.goto(`/patients/${id}/summary`))?.status()).toBe(404);
  for (const path of exportPaths(id)) expect((await other.request.get(path)).status(), path).toBe(404);
  await context.close();
});

test("a clinician cannot download the clinic-wide export", async ({ page }) => {
  expect((await page.request.get("/api/clinic/export/diary.csv")).status()).toBe(404);
});

test("a patient gets 404 on the summary and on every export", async ({ page, browser }) => {
  const id = await mariaId(page);
  const { context, page: patientPage } = await signedIn(browser, PATIENT.email);
  expect((await patientPage.goto(`/patients/${id}/summary`))?.status()).toBe(404);
  for (const path of [...exportPaths(id), "/api/clinic/export/diary.csv"])
    expect((await patientPage.request.get(path)).status(), path).toBe(404);
  await context.close();
});

test("signed out, the exports answer 401", async ({ page, browser }) => {
  const id = await mariaId(page);
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  for (const path of [...exportPaths(id), "/api/clinic/export/diary.csv"])
    expect((await context.request.get(path)).status(), path).toBe(401);
  await context.close();
});

test("an admin downloads the whole clinic's diary", async ({ browser }) => {
  const { context, page } = await signedIn(browser, ADMIN_EMAIL);
  const response = await page.request.get("/api/clinic/export/diary.csv");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/attachment; filename="clinic-diary-/);
  const rows = parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
  const names = new Set(rows.map((r) => r.Patient));
  expect(names).toContain(PATIENT.name);
  expect(names).toContain("James O'Neill");
  expect(names).not.toContain("Hillside Patient");
  await context.close();
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}
