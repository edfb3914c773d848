import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { FUZZ_PATIENT, OTHER_CLINIC_FUZZ_TARGET, OTHER_CLINIC_PATIENT_ID } from "../support/fixtures";
import { clinicDetailsInput } from "@/lib/validation/clinic";
import { signedInRequest } from "../support/role-requests";
import { callAction, form } from "@/testing/server-actions";
import { expectHandled, expectNoLeak, fromClinic2, idle } from "./answers";
import {
  FUZZ_TIMEOUT_MS,
  asFormFields,
  fuzz,
  hostileId,
  hostileNumber,
  mostlyOwnId,
  pathSegment,
  queryValue,
  validOrMutated,
} from "./hostile";

// Serial: each case compares the records' versions and care status before and after. The fuzzers never
// send the current version of the clinic's own patient (so no case edits it) and never discharge it.
test.describe.configure({ mode: "serial", timeout: FUZZ_TIMEOUT_MS });

const S = {
  edit: "app/(clinic)/patients/[patientId]/edit/actions.ts",
  episodes: "app/(clinic)/patients/[patientId]/episode-actions.ts",
  emailChange: "app/(clinic)/patients/[patientId]/email-change-actions.ts",
};

let clinician1: APIRequestContext;
let clinician2: APIRequestContext;
test.beforeAll(async ({}, testInfo) => {
  clinician1 = await signedInRequest(testInfo.project.use.baseURL!, "clinician1");
  clinician2 = await signedInRequest(testInfo.project.use.baseURL!, "clinician2");
});
test.afterAll(async () => {
  await clinician1.dispose();
  await clinician2.dispose();
});

/** A record's version as its edit form would post it, and whether it is discharged (its page offers re-opening). */
async function recordState(api: APIRequestContext, patientId: string) {
  const edit = await (await api.get(`/patients/${patientId}/edit`)).text();
  const page = await (await api.get(`/patients/${patientId}`)).text();
  return {
    version: Number(/name="version" value="(\d+)"/.exec(edit)?.[1]),
    discharged: page.includes("Re-open care as a new episode"),
  };
}
const states = async () => ({
  own: await recordState(clinician1, FUZZ_PATIENT.id),
  otherClinic: await recordState(clinician2, OTHER_CLINIC_FUZZ_TARGET.id),
});

test("patient record edits: hostile fields and ids never fail and never change another clinic's record", async () => {
  // Each case reads the record page for its version before it posts: slower than one request a case.
  test.slow();
  const input = fc.record({
    patientId: mostlyOwnId(FUZZ_PATIENT.id, [OTHER_CLINIC_FUZZ_TARGET.id]),
    fields: validOrMutated({
      fullName: "Fuzz Renamed",
      email: "fuzz.renamed@mail.example",
      phone: "+44 20 7946 0000",
      dateOfBirth: "1980-05-06",
      recordNumber: "FZ-1",
      timeZone: "Europe/London",
      condition: "Fuzzed",
      primaryClinicianId: "00000000-0000-4000-8000-000000000000",
    }),
    version: hostileNumber,
  });
  await fuzz("edit patient action", input, async ({ patientId, fields, version }) => {
    const before = await states();
    const raw = { ...asFormFields(fields), version: String(version) };
    // Never the version the form would post: a case must not rename the shared fuzz patient.
    if (raw.version === String(before.own.version)) raw.version = String(before.own.version + 1000);
    const answer = await callAction(clinician1, {
      page: `/patients/${FUZZ_PATIENT.id}/edit`,
      file: S.edit,
      name: "editPatientAction",
      args: [patientId, idle, form(raw)],
    });
    expectHandled(answer);
    expectNoLeak(answer, fromClinic2);
    expect(answer.redirect, "a stale or foreign edit was saved").toBeNull();
    expect(await states()).toEqual(before);
  });
});

test("discharge and re-open: hostile forms and ids never reach another clinic's patient", async () => {
  // Each case may discharge and re-open the fuzz patient: several writes and a page read a case.
  test.slow();
  const input = fc.record({
    patientId: hostileId([OTHER_CLINIC_FUZZ_TARGET.id, OTHER_CLINIC_PATIENT_ID]),
    action: fc.constantFrom("dischargePatientAction", "reopenEpisodeAction"),
    fields: validOrMutated({ reason: "goals_met", maintenanceMessage: "Keep going." }),
  });
  await fuzz("discharge / re-open actions", input, async ({ patientId, action, fields }) => {
    const before = await states();
    const answer = await callAction(clinician1, {
      page: `/patients/${FUZZ_PATIENT.id}`,
      file: S.episodes,
      name: action,
      args: [patientId, idle, form(asFormFields(fields))],
    });
    expectHandled(answer);
    expectNoLeak(answer, fromClinic2);
    expect(answer.redirect).toBeNull();
    expect(await states()).toEqual(before);
  });
});

test("email change resend / cancel: hostile ids and forms never reach another clinic's patient", async () => {
  const input = fc.record({
    patientId: mostlyOwnId(FUZZ_PATIENT.id, [OTHER_CLINIC_FUZZ_TARGET.id, OTHER_CLINIC_PATIENT_ID]),
    action: fc.constantFrom("resendEmailChangeAction", "cancelEmailChangeAction"),
    fields: validOrMutated({ patientId: OTHER_CLINIC_FUZZ_TARGET.id }),
  });
  await fuzz("email change actions", input, async ({ patientId, action, fields }) => {
    const before = await states();
    const answer = await callAction(clinician1, {
      page: `/patients/${FUZZ_PATIENT.id}`,
      file: S.emailChange,
      name: action,
      args: [patientId, idle, form(asFormFields(fields))],
    });
    expectHandled(answer);
    expectNoLeak(answer, fromClinic2);
    expect(answer.redirect).toBeNull();
    // No fuzz patient has a change waiting: nothing is resent or cancelled anywhere.
    expect(answer.result).not.toMatchObject({ status: "success" });
    expect(await states()).toEqual(before);
  });
});

test("per-episode diary CSV: hostile episode numbers answer 4xx, never another clinic's diary", async () => {
  const input = fc.record({
    id: hostileId([OTHER_CLINIC_PATIENT_ID, FUZZ_PATIENT.id]),
    episode: fc.oneof(fc.constantFrom("1", "2", "0", "-1", "1.5", "99999"), fc.string()),
  });
  await fuzz("diary CSV per episode", input, async ({ id, episode }) => {
    const response = await clinician1.get(
      `/api/clinic/patients/${pathSegment(id)}/diary.csv?episode=${queryValue(episode)}`,
    );
    expect(response.status()).toBeLessThan(500);
    expectNoLeak({ text: await response.text() }, fromClinic2);
    if (response.status() === 200) {
      expect(id).toBe(FUZZ_PATIENT.id);
      expect(Number(episode)).toBe(1);
    }
  });
});

test("per-episode charts and patient page: hostile episode numbers answer 4xx, never another clinic's data", async () => {
  const input = fc.record({
    id: hostileId([OTHER_CLINIC_PATIENT_ID, FUZZ_PATIENT.id]),
    episode: fc.oneof(fc.constantFrom("1", "2", "0", "-1", "1.5", "99999", "1e1"), fc.string()),
    page: fc.boolean(),
  });
  await fuzz("charts and page per episode", input, async ({ id, episode, page }) => {
    const response = await clinician1.get(
      page
        ? `/patients/${pathSegment(id)}?episode=${queryValue(episode)}`
        : `/api/clinic/patients/${pathSegment(id)}/series?range=4w&episode=${queryValue(episode)}`,
      { maxRedirects: 0 },
    );
    expect(response.status()).toBeLessThan(500);
    // A not-found page echoes the path it was asked for: the id the caller sent is not a leak.
    expectNoLeak({ text: (await response.text()).split(id).join("") }, fromClinic2);
    if (response.status() === 200) {
      expect(id).toBe(FUZZ_PATIENT.id);
      // The fuzz patient has one episode: only it (in any spelling zod's number reads) is found.
      expect(Number(episode.trim() || "x")).toBe(1);
    }
  });
});

test("staff administration: hostile forms are refused or answered, and never change another clinic's staff", async () => {
  const admin = await signedInRequest(test.info().project.use.baseURL!, "admin");
  const staffPage = async (api: APIRequestContext) => (await api.get("/clinic/staff")).text();
  const theirs = async () =>
    (await (await clinician2.get("/patients/new")).text()).match(/<option value="([0-9a-f-]{36})"/g) ?? [];
  const input = fc.record({
    action: fc.constantFrom(
      "inviteStaffAction",
      "changeStaffRoleAction",
      "setStaffAccessAction",
      "resetStaffTwoFactorAction",
      "withdrawStaffInviteAction",
    ),
    fields: validOrMutated({
      name: "Fuzz Staff",
      email: "admin@lakeside.example",
      role: "clinician",
      userId: "0a7e5a61-3c1d-4f2b-8e9a-6b5c4d3e2ffd",
      access: "enable",
      inviteId: "0a7e5a61-3c1d-4f2b-8e9a-6b5c4d3e2ffc",
    }),
  });
  try {
    await fuzz("staff actions", input, async ({ action, fields }) => {
      const raw = asFormFields(fields);
      // Never a real account: a disable or demotion would sign the fuzzers' own users out.
      if (/^[0-9a-f-]{36}$/.test(raw.userId ?? "")) raw.userId = "0a7e5a61-3c1d-4f2b-8e9a-6b5c4d3e2ffd";
      // Never a new invitation: only the taken email, or whatever the mutation made of it (refused or not).
      if (
        action === "inviteStaffAction" &&
        raw.email !== undefined &&
        !raw.email.includes("lakeside.example")
      )
        raw.email = "admin@lakeside.example";
      const before = { own: await staffPage(admin), hillside: await theirs() };
      const answer = await callAction(admin, {
        page: "/clinic/staff",
        file: "app/(clinic)/clinic/staff/actions.ts",
        name: action,
        args: [idle, form(raw)],
      });
      expectHandled(answer);
      expectNoLeak(answer, fromClinic2);
      expect(await theirs()).toEqual(before.hillside);
      expect((await staffPage(admin)).match(/name="userId" value="[0-9a-f-]{36}"/g)).toEqual(
        before.own.match(/name="userId" value="[0-9a-f-]{36}"/g),
      );
    });
  } finally {
    await admin.dispose();
  }
});

test("clinic details: hostile names, addresses, zones and times are refused with field errors, never a failure", async () => {
  const admin = await signedInRequest(test.info().project.use.baseURL!, "admin");
  const valid = {
    name: "Lakeside Physio",
    address: "1 Lake Road",
    timeZone: "Europe/London",
    reminderTime: "19:00",
  };
  const save = (fields: Record<string, string>) =>
    callAction(admin, {
      page: "/clinic/settings",
      file: "app/(clinic)/clinic/settings/actions.ts",
      name: "saveClinicDetailsAction",
      args: [idle, form(fields)],
    });
  try {
    await fuzz("clinic details action", validOrMutated(valid), async (raw) => {
      const fields = asFormFields(raw);
      const answer = await save(fields);
      expectHandled(answer);
      expectNoLeak(answer, fromClinic2);
      const acceptable = clinicDetailsInput.safeParse({
        name: fields.name ?? "",
        address: fields.address ?? "",
        timeZone: fields.timeZone ?? "",
        reminderTime: fields.reminderTime ?? "",
      }).success;
      const status = (answer.result as { status?: string } | null)?.status;
      expect(status, JSON.stringify(fields)).toBe(acceptable ? "success" : "error");
      return status ?? "none";
    });
  } finally {
    // Leave the matrix clinic as the other specs expect it.
    await save(valid);
    await admin.dispose();
  }
});
