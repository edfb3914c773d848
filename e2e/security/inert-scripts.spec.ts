import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { walkingRevision } from "../support/plan-payloads";
import { signedInRequest } from "../support/role-requests";
import { callAction, form } from "@/testing/server-actions";
import { SCRIPT_PAYLOADS } from "./hostile";
import { MATRIX_PATIENT_B as P, SECURITY_PASSWORD } from "../support/fixtures";

// Stored script payloads are shown as text wherever they are rendered: no dialog fires, the text is visible.
// Patient B carries them (the plan fuzzers compare the fuzz patient's plan version case by case).
const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toLocaleDateString("en-CA", {
  timeZone: "Europe/London",
});
const NOTE = SCRIPT_PAYLOADS.join(" ");
const REASON = `Review ${SCRIPT_PAYLOADS[1]}`;
const NAME = `${SCRIPT_PAYLOADS[0]} Fuzz`;

/** A browser page carrying a request context's session, failing on any dialog a script would open. */
async function pageAs(browser: Browser, api: APIRequestContext, dialogs: string[]): Promise<Page> {
  const context = await browser.newContext({ storageState: await api.storageState() });
  const page = await context.newPage();
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return page;
}

test("script payloads in notes, plan reasons and names render as inert text", async ({
  browser,
  playwright,
}, testInfo) => {
  const baseURL = testInfo.project.use.baseURL!;
  const patient = await playwright.request.newContext({ baseURL });
  await callAction(patient, {
    page: "/sign-in",
    file: "app/(auth)/sign-in/actions.ts",
    name: "signInAction",
    args: [{ status: "idle" }, form({ email: P.email, password: SECURITY_PASSWORD })],
  });
  const clinician1 = await signedInRequest(baseURL, "clinician1");
  const clinician2 = await signedInRequest(baseURL, "clinician2");

  // Store the payloads the way users would.
  const saved = await patient.put(`/api/portal/diary/${twoDaysAgo}`, {
    data: {
      clientId: crypto.randomUUID(),
      baseVersion: 0,
      painNow: 3,
      painAverage: 3,
      sleepQuality: null,
      stress: null,
      medicationTaken: true,
      medicationNote: SCRIPT_PAYLOADS[1],
      flareUp: false,
      note: NOTE,
      activities: [],
    },
  });
  expect(saved.status()).toBe(201);
  let planSaved = false;
  for (let attempt = 0; attempt < 5 && !planSaved; attempt++) {
    // The access matrix may revise the same plan meanwhile: read the version, retry on a conflict.
    const html = await (await clinician1.get(`/patients/${P.id}/plan`)).text();
    const version = Number(/expectedVersion\\?":(\d+)/.exec(html)?.[1]);
    const answer = await callAction(clinician1, {
      page: `/patients/${P.id}/plan`,
      file: "app/(clinic)/patients/[patientId]/plan/actions.ts",
      name: "savePlanAction",
      args: [P.id, walkingRevision(version, REASON, { key: "walking", goal: 45 })],
    });
    planSaved = (answer.result as { status: string }).status === "saved";
  }
  expect(planSaved, "the plan revision with a script in its reason was saved").toBe(true);
  const html = await (await clinician2.get("/patients/new")).text();
  const physio = /<option value="([0-9a-f-]{36})"/.exec(html)![1]!;
  const added = await callAction(clinician2, {
    page: "/patients/new",
    file: "app/(clinic)/patients/new/actions.ts",
    name: "addPatientAction",
    args: [
      { status: "idle" },
      form({
        fullName: NAME,
        email: `xss.${Date.now()}@mail.example`,
        timeZone: "Europe/Berlin",
        condition: SCRIPT_PAYLOADS[2],
        primaryClinicianId: physio,
      }),
    ],
  });
  const addedId = (added.result as { patientId: string }).patientId;
  expect(addedId).toBeTruthy();

  const dialogs: string[] = [];
  const clinic = await pageAs(browser, clinician1, dialogs);
  await clinic.goto(`/patients/${P.id}`);
  await expect(clinic.getByRole("table").last()).toContainText(NOTE);
  await expect(clinic.getByText(`“${REASON}”`).first()).toBeVisible();

  const other = await pageAs(browser, clinician2, dialogs);
  await other.goto("/patients?q=Fuzz");
  await expect(other.getByRole("link", { name: NAME })).toBeVisible();
  await other.goto(`/patients/${addedId}`);
  await expect(other.getByRole("heading", { name: NAME })).toBeVisible();
  await expect(other.getByText(SCRIPT_PAYLOADS[2]!)).toBeVisible();

  const portal = await pageAs(browser, patient, dialogs);
  await portal.goto(`/portal/diary/${twoDaysAgo}`);
  await expect(portal.getByLabel("Anything else? (optional)")).toHaveValue(NOTE);

  for (const page of [clinic, other, portal]) {
    // Give an injected handler (img onerror) the chance to run before concluding that none did.
    await page.waitForLoadState("networkidle");
    expect(await page.locator("img[onerror], svg[onload]").count()).toBe(0);
  }
  expect(dialogs, "dialogs opened by injected scripts").toEqual([]);
  await Promise.all([patient.dispose(), clinician1.dispose(), clinician2.dispose()]);
});
