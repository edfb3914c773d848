// The access-control matrix: every page, route handler and server action of the app, with the answer each
// role must get. access-matrix.spec.ts walks it against the production server and fails when a route exists
// in app/ that has no row here. To add a route: add a row (copy a neighbour), fill dynamic params from
// e2e/support/fixtures, pick the expectation preset that says who may use it, or spell one out.
import { localDate } from "@/lib/domain/local-time";
import { addDays } from "@/lib/domain/calendar";
import {
  EXPIRED_INVITE_TOKEN,
  MATRIX_GOAL_ID,
  MATRIX_INVITED_PATIENT,
  MATRIX_PATIENT_A,
  MATRIX_RED_FLAG_REPORT_ID,
  MATRIX_PATIENT_B,
  OTHER_CLINIC_PATIENT_ID,
} from "../support/fixtures";
import { walkingRevision } from "../support/plan-payloads";
import { form } from "../support/server-actions";
import {
  anyStaff,
  asApi,
  clinic1Record,
  clinic2Record,
  everyone,
  patientsOnly,
  signedInGoHome,
  staff,
  type Expected,
  type Role,
} from "./expectations";

export { ROLES, type Answer, type Expected, type Role } from "./expectations";

type Base = { file: string; expect: Expected; note?: string };
export type PageRow = Base & { kind: "page"; path: string };
export type RouteRow = Base & {
  kind: "route";
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  body?: unknown;
};
export type ActionRow = Base & {
  kind: "action";
  /** The exported function's name in `file`. */
  name: string;
  /** A page that uses the action (Next looks the action up through the page it is posted to). */
  page: string;
  /** The arguments as the browser sends them: bound arguments first, then the form state and data. */
  args: (context: ActionContext) => unknown[] | Promise<unknown[]>;
  /** Roles for which the call must succeed (a success answer or a redirect to the result). */
  succeedsFor?: Role[];
  /** Ends the session it runs in: the walker gives it a fresh one. */
  endsSession?: true;
};
export type Row = PageRow | RouteRow | ActionRow;

/** What a row's arguments may read first, as the role the call is made for (what the page would show). */
export type ActionContext = {
  role: Role;
  /** The plan version the patient's page would post (1 when this role cannot see the page). */
  planVersion: (patientId: string) => Promise<number>;
  /** A clinician of this role's own clinic, as the add-patient form offers them ("" when it cannot). */
  ownClinicianId: () => Promise<string>;
};

const A = MATRIX_PATIENT_A.id;
const B = MATRIX_PATIENT_B.id;
const HILLSIDE = OTHER_CLINIC_PATIENT_ID;
// Fixture patients live in Europe/London.
const today = localDate("Europe/London");
const yesterday = addDays(today, -1);
const fourDaysAgo = addDays(today, -4);
const idle = { status: "idle" };

const P = {
  home: "app/page.tsx",
  signIn: "app/(auth)/sign-in/page.tsx",
  invite: "app/(auth)/invite/[token]/page.tsx",
  list: "app/(clinic)/patients/(list)/page.tsx",
  newPatient: "app/(clinic)/patients/new/page.tsx",
  patient: "app/(clinic)/patients/[patientId]/page.tsx",
  plan: "app/(clinic)/patients/[patientId]/plan/page.tsx",
  portal: "app/(portal)/portal/page.tsx",
  diary: "app/(portal)/portal/diary/page.tsx",
  diaryDay: "app/(portal)/portal/diary/[date]/page.tsx",
  progress: "app/(portal)/portal/progress/page.tsx",
  summary: "app/(clinic)/patients/[patientId]/summary/page.tsx",
  advice: "app/(portal)/portal/advice/page.tsx",
  checkIn: "app/(portal)/portal/check-in/page.tsx",
  peg: "app/(portal)/portal/questionnaires/peg/page.tsx",
  psfs: "app/(portal)/portal/questionnaires/psfs/page.tsx",
  fabq: "app/(portal)/portal/questionnaires/fabq/page.tsx",
  work: "app/(portal)/portal/questionnaires/work/page.tsx",
  access: "app/(clinic)/patients/[patientId]/access/page.tsx",
  account: "app/(clinic)/account/page.tsx",
  clinicSettings: "app/(clinic)/clinic/settings/page.tsx",
  portalAccount: "app/(portal)/portal/account/page.tsx",
  verify: "app/(auth)/sign-in/verify/page.tsx",
  messages: "app/(portal)/portal/messages/page.tsx",
  monitoring: "app/(clinic)/clinic/monitoring/page.tsx",
};
const R = {
  auth: "app/api/auth/[...nextauth]/route.ts",
  series: "app/api/clinic/patients/[patientId]/series/route.ts",
  diaryApi: "app/api/portal/diary/[date]/route.ts",
  healthz: "app/healthz/route.ts",
  clinicCsv: "app/api/clinic/export/diary.csv/route.ts",
  patientCsv: "app/api/clinic/patients/[patientId]/diary.csv/route.ts",
  fhir: "app/api/clinic/patients/[patientId]/fhir/route.ts",
  messagesApi: "app/api/portal/messages/route.ts",
  monitoringCsv: "app/api/clinic/export/monitoring.csv/route.ts",
};
const S = {
  signIn: "app/(auth)/sign-in/actions.ts",
  invite: "app/(auth)/invite/[token]/actions.ts",
  signOut: "app/(auth)/actions.ts",
  patient: "app/(clinic)/patients/[patientId]/actions.ts",
  plan: "app/(clinic)/patients/[patientId]/plan/actions.ts",
  newPatient: "app/(clinic)/patients/new/actions.ts",
  goals: "app/(clinic)/patients/[patientId]/goal-actions.ts",
  redFlags: "app/(clinic)/patients/[patientId]/red-flag-actions.ts",
  checkIn: "app/(portal)/portal/check-in/actions.ts",
  agreeGoal: "app/(portal)/portal/progress/goal-actions.ts",
  questionnaires: "app/(portal)/portal/questionnaires/actions.ts",
  password: "app/(auth)/actions.ts",
  account: "app/(clinic)/account/actions.ts",
  clinicSettings: "app/(clinic)/clinic/settings/actions.ts",
  messages: "app/(clinic)/patients/[patientId]/message-actions.ts",
  timeLog: "app/(clinic)/patients/[patientId]/time-log-actions.ts",
};

/** A small valid plan, as the editor sends it. */
const planPayload = (expectedVersion: number) => walkingRevision(expectedVersion, "Access matrix check");

/** A valid diary day as the portal sends it. */
export const diaryPayload = () => ({
  clientId: crypto.randomUUID(),
  baseVersion: 0,
  painNow: 3,
  painAverage: 3,
  sleepQuality: 6,
  stress: 4,
  medicationTaken: false,
  medicationNote: null,
  flareUp: false,
  note: "Access matrix check",
  activities: [],
});

export const MATRIX: Row[] = [
  // Pages
  { kind: "page", file: P.home, path: "/", expect: signedInGoHome("sign-in") },
  { kind: "page", file: P.signIn, path: "/sign-in", expect: signedInGoHome("ok") },
  {
    kind: "page",
    file: P.invite,
    path: `/invite/${EXPIRED_INVITE_TOKEN}`,
    expect: everyone("ok"),
    note: "public: the token is the credential; this one shows the expired-link text",
  },
  { kind: "page", file: P.list, path: "/patients", expect: anyStaff },
  { kind: "page", file: P.newPatient, path: "/patients/new", expect: anyStaff },
  { kind: "page", file: P.patient, path: `/patients/${A}`, expect: clinic1Record },
  { kind: "page", file: P.patient, path: `/patients/${HILLSIDE}`, expect: clinic2Record },
  {
    kind: "page",
    file: P.patient,
    path: "/patients/not-a-uuid",
    expect: staff("not-found", "not-found", "not-found"),
  },
  { kind: "page", file: P.plan, path: `/patients/${A}/plan`, expect: clinic1Record },
  { kind: "page", file: P.plan, path: `/patients/${HILLSIDE}/plan`, expect: clinic2Record },
  { kind: "page", file: P.portal, path: "/portal", expect: patientsOnly },
  { kind: "page", file: P.diary, path: "/portal/diary", expect: patientsOnly },
  { kind: "page", file: P.diaryDay, path: `/portal/diary/${yesterday}`, expect: patientsOnly },
  { kind: "page", file: P.progress, path: "/portal/progress", expect: patientsOnly },
  { kind: "page", file: P.summary, path: `/patients/${A}/summary`, expect: clinic1Record },
  { kind: "page", file: P.summary, path: `/patients/${HILLSIDE}/summary`, expect: clinic2Record },
  {
    kind: "page",
    file: P.advice,
    path: "/portal/advice",
    expect: { ...patientsOnly, patientA: { redirect: "/portal" }, patientB: { redirect: "/portal" } },
    note: "with no advice waiting to be read, patients are sent home",
  },
  { kind: "page", file: P.checkIn, path: "/portal/check-in", expect: patientsOnly },
  { kind: "page", file: P.peg, path: "/portal/questionnaires/peg", expect: patientsOnly },
  { kind: "page", file: P.psfs, path: "/portal/questionnaires/psfs", expect: patientsOnly },
  { kind: "page", file: P.fabq, path: "/portal/questionnaires/fabq", expect: patientsOnly },
  { kind: "page", file: P.work, path: "/portal/questionnaires/work", expect: patientsOnly },
  { kind: "page", file: P.access, path: `/patients/${A}/access`, expect: clinic1Record },
  { kind: "page", file: P.access, path: `/patients/${HILLSIDE}/access`, expect: clinic2Record },
  { kind: "page", file: P.account, path: "/account", expect: anyStaff },
  {
    kind: "page",
    file: P.clinicSettings,
    path: "/clinic/settings",
    expect: staff("not-found", "not-found", "ok"),
    note: "clinic admins only",
  },
  { kind: "page", file: P.portalAccount, path: "/portal/account", expect: patientsOnly },
  { kind: "page", file: P.messages, path: "/portal/messages", expect: patientsOnly },
  {
    kind: "page",
    file: P.monitoring,
    path: "/clinic/monitoring",
    expect: anyStaff,
    note: "Hillside does not keep the record: its clinician is told so",
  },
  {
    kind: "page",
    file: P.monitoring,
    path: "/clinic/monitoring?month=2026-13",
    expect: staff("not-found", "not-found", "not-found"),
    note: "a malformed month",
  },
  {
    kind: "page",
    file: P.verify,
    path: "/sign-in/verify",
    expect: signedInGoHome("ok"),
    note: "the second sign-in step; without the challenge cookie a correct password sets, a code is refused",
  },

  // Route handlers
  { kind: "route", file: R.healthz, method: "GET", path: "/healthz", expect: everyone("ok") },
  { kind: "route", file: R.auth, method: "GET", path: "/api/auth/session", expect: everyone("ok") },
  {
    kind: "route",
    file: R.auth,
    method: "POST",
    path: "/api/auth/signout",
    expect: everyone("sign-in"),
    note: "without its CSRF token next-auth refuses and the session stays; with it the row is revoked (outside-review.spec.ts)",
  },
  {
    kind: "route",
    file: R.series,
    method: "GET",
    path: `/api/clinic/patients/${A}/series?range=4w`,
    expect: asApi(clinic1Record),
  },
  {
    kind: "route",
    file: R.series,
    method: "GET",
    path: `/api/clinic/patients/${HILLSIDE}/series?range=4w`,
    expect: asApi(clinic2Record),
  },
  {
    kind: "route",
    file: R.diaryApi,
    method: "GET",
    path: `/api/portal/diary/${yesterday}`,
    expect: asApi(patientsOnly),
  },
  {
    kind: "route",
    file: R.diaryApi,
    method: "PUT",
    path: `/api/portal/diary/${fourDaysAgo}`,
    body: diaryPayload,
    expect: asApi(patientsOnly),
    // Four days ago: a day with no entry yet that leaves patient A's latest entry (pain 8, an open alert) as is.
    note: "each patient writes their own day; there is no way to name another patient's",
  },

  {
    kind: "route",
    file: R.clinicCsv,
    method: "GET",
    path: "/api/clinic/export/diary.csv",
    expect: asApi(staff("not-found", "not-found", "ok")),
    note: "the whole clinic's diaries: its admin only",
  },
  {
    kind: "route",
    file: R.patientCsv,
    method: "GET",
    path: `/api/clinic/patients/${A}/diary.csv`,
    expect: asApi(clinic1Record),
  },
  {
    kind: "route",
    file: R.patientCsv,
    method: "GET",
    path: `/api/clinic/patients/${HILLSIDE}/diary.csv`,
    expect: asApi(clinic2Record),
  },
  {
    kind: "route",
    file: R.fhir,
    method: "GET",
    path: `/api/clinic/patients/${A}/fhir`,
    expect: asApi(clinic1Record),
  },
  {
    kind: "route",
    file: R.fhir,
    method: "GET",
    path: `/api/clinic/patients/${HILLSIDE}/fhir`,
    expect: asApi(clinic2Record),
  },

  {
    kind: "route",
    file: R.messagesApi,
    method: "GET",
    path: "/api/portal/messages",
    expect: asApi(patientsOnly),
    note: "the caller's own thread only",
  },
  {
    kind: "route",
    file: R.messagesApi,
    method: "POST",
    path: "/api/portal/messages",
    body: () => ({ clientId: crypto.randomUUID(), body: "Access matrix check" }),
    expect: asApi(patientsOnly),
    note: "each patient writes in their own thread; there is no way to name another patient's",
  },
  {
    kind: "route",
    file: R.monitoringCsv,
    method: "GET",
    path: "/api/clinic/export/monitoring.csv",
    expect: asApi(staff("ok", "not-found", "ok")),
    note: "the clinic's own list; Hillside does not keep the record",
  },

  // Server actions. The first role allowed to act runs first (roles go in ROLES order), and where the
  // fixtures allow it that call must really succeed (succeedsFor), not just get past the session check.
  {
    kind: "action",
    file: S.signIn,
    name: "signInAction",
    page: "/sign-in",
    args: () => [idle, form({ email: "nobody.matrix@mail.example", password: "not the password at all" })],
    expect: everyone("ok"),
  },
  {
    kind: "action",
    file: S.invite,
    name: "acceptInviteAction",
    page: `/invite/${EXPIRED_INVITE_TOKEN}`,
    args: () => [
      EXPIRED_INVITE_TOKEN,
      idle,
      form({ password: "a long new password 4821", confirm: "a long new password 4821" }),
    ],
    expect: everyone("ok"),
    note: "public; an expired token is refused whoever calls",
  },
  {
    kind: "action",
    file: S.signOut,
    name: "signOutAction",
    page: "/sign-in",
    args: () => [],
    expect: everyone("sign-in"),
    endsSession: true,
  },
  {
    kind: "action",
    file: S.newPatient,
    name: "addPatientAction",
    page: "/patients/new",
    args: async ({ role, ownClinicianId }) => [
      idle,
      form({
        fullName: "Matrix Added",
        email: `matrix.added.${role}.${Date.now()}@mail.example`,
        timeZone: "Europe/London",
        condition: "",
        primaryClinicianId: await ownClinicianId(),
      }),
    ],
    expect: anyStaff,
    succeedsFor: ["clinician1", "clinician2", "admin"],
  },
  {
    kind: "action",
    file: S.patient,
    name: "reissueInviteAction",
    page: `/patients/${MATRIX_INVITED_PATIENT.id}`,
    args: () => [MATRIX_INVITED_PATIENT.id, idle],
    expect: clinic1Record,
    succeedsFor: ["clinician1", "admin"],
  },
  {
    kind: "action",
    file: S.patient,
    name: "reissueInviteAction",
    page: `/patients/${HILLSIDE}`,
    args: () => [HILLSIDE, idle],
    expect: clinic2Record,
    succeedsFor: ["clinician2"],
  },
  {
    kind: "action",
    file: S.patient,
    name: "confirmBaselineAction",
    page: `/patients/${A}`,
    args: async ({ planVersion }) => [A, idle, form({ key: "steps", expectedVersion: await planVersion(A) })],
    expect: clinic1Record,
    // Once confirmed, the admin's confirmation is refused as already done (still an answer for them).
    succeedsFor: ["clinician1"],
  },
  {
    kind: "action",
    file: S.patient,
    name: "flareUpAction",
    page: `/patients/${A}`,
    args: async ({ planVersion }) => [
      A,
      idle,
      form({
        response: "hold",
        days: 3,
        reason: "Access matrix check",
        expectedVersion: await planVersion(A),
      }),
    ],
    expect: clinic1Record,
    succeedsFor: ["clinician1"],
  },
  {
    kind: "action",
    file: S.patient,
    name: "flareUpAction",
    page: `/patients/${HILLSIDE}`,
    args: async ({ planVersion }) => [
      HILLSIDE,
      idle,
      form({
        response: "hold",
        days: 3,
        reason: "Access matrix check",
        expectedVersion: await planVersion(HILLSIDE),
      }),
    ],
    expect: clinic2Record,
    succeedsFor: ["clinician2"],
  },
  {
    kind: "action",
    file: S.patient,
    name: "acknowledgeAlertAction",
    page: `/patients/${A}`,
    args: () => [A, idle, form({ rule: "pain_critical", note: "Access matrix check" })],
    expect: clinic1Record,
    succeedsFor: ["clinician1"],
  },
  {
    kind: "action",
    file: S.plan,
    name: "savePlanAction",
    page: `/patients/${B}/plan`,
    args: async ({ planVersion }) => [B, planPayload(await planVersion(B))],
    expect: clinic1Record,
    succeedsFor: ["clinician1", "admin"],
  },
  {
    kind: "action",
    file: S.plan,
    name: "savePlanAction",
    page: `/patients/${HILLSIDE}/plan`,
    args: async ({ planVersion }) => [HILLSIDE, planPayload(await planVersion(HILLSIDE))],
    expect: clinic2Record,
    succeedsFor: ["clinician2"],
  },
  {
    kind: "action",
    file: S.goals,
    name: "createGoalAction",
    page: `/patients/${A}`,
    args: () => [
      A,
      idle,
      form({
        measure: "pain",
        description: "Sleep through the night",
        target: 3,
        targetDate: addDays(today, 30),
      }),
    ],
    expect: clinic1Record,
    succeedsFor: ["clinician1", "admin"],
  },
  {
    kind: "action",
    file: S.goals,
    name: "setGoalStatusAction",
    page: `/patients/${A}`,
    args: () => [A, idle, form({ goalId: MATRIX_GOAL_ID, status: "active", version: 1 })],
    expect: clinic1Record,
  },
  {
    kind: "action",
    file: S.redFlags,
    name: "acknowledgeRedFlagAction",
    page: `/patients/${A}`,
    args: () => [A, idle, form({ reportId: MATRIX_RED_FLAG_REPORT_ID, note: "Phoned: saw her GP today" })],
    expect: clinic1Record,
    succeedsFor: ["clinician1"],
  },
  {
    kind: "action",
    file: S.redFlags,
    name: "resumePlanAction",
    page: `/patients/${A}`,
    args: () => [A, idle],
    expect: clinic1Record,
    note: "the plan is not paused, so allowed roles are told so; others get not found",
  },
  {
    kind: "action",
    file: S.checkIn,
    name: "submitCheckInAction",
    page: "/portal/check-in",
    args: () => [idle, form({ clientId: "not-a-uuid" })],
    expect: patientsOnly,
    note: "an incomplete check-in: patients are asked to answer every question, nothing is stored",
  },
  {
    kind: "action",
    file: S.checkIn,
    name: "confirmAdviceAction",
    page: "/portal/advice",
    args: () => [MATRIX_RED_FLAG_REPORT_ID],
    expect: patientsOnly,
    note: "patient B confirming A's report changes nothing (the query is scoped to the caller)",
  },
  {
    kind: "action",
    file: S.agreeGoal,
    name: "agreeGoalAction",
    page: "/portal/progress",
    args: () => [MATRIX_GOAL_ID],
    expect: patientsOnly,
    note: "patient B agreeing to A's goal changes nothing (the query is scoped to the caller)",
  },
  {
    kind: "action",
    file: S.questionnaires,
    name: "submitPsfsAction",
    page: "/portal/questionnaires/psfs",
    args: () => [idle, form({})],
    expect: patientsOnly,
  },
  {
    kind: "action",
    file: S.questionnaires,
    name: "submitPegAction",
    page: "/portal/questionnaires/peg",
    args: () => [idle, form({})],
    expect: patientsOnly,
  },
  {
    kind: "action",
    file: S.questionnaires,
    name: "submitFabqAction",
    page: "/portal/questionnaires/fabq",
    args: () => [idle, form({})],
    expect: patientsOnly,
  },
  {
    kind: "action",
    file: S.questionnaires,
    name: "submitWorkAction",
    page: "/portal/questionnaires/work",
    args: () => [idle, form({})],
    expect: patientsOnly,
  },
  {
    kind: "action",
    file: S.signIn,
    name: "verifySecondFactorAction",
    page: "/sign-in/verify",
    args: () => [idle, form({ code: "123456" })],
    expect: everyone("ok"),
    note: "public; with no sign-in challenge cookie every caller is told to start again",
  },
  {
    kind: "action",
    file: S.password,
    name: "changePasswordAction",
    page: "/account",
    // The two new passwords differ, so the call is refused before anything is checked or changed.
    args: () => [idle, form({ current: "not the password", password: "a new password 1", confirm: "other" })],
    expect: { ...everyone("ok"), anonymous: "sign-in" },
    note: "any signed-in user, for their own account only",
  },
  {
    kind: "action",
    file: S.account,
    name: "beginTotpAction",
    page: "/account",
    args: () => [form({})],
    expect: anyStaff,
    note: "staff, their own account: stores an unconfirmed authenticator secret, nothing changes at sign-in",
  },
  {
    kind: "action",
    file: S.account,
    name: "confirmTotpAction",
    page: "/account",
    args: () => [idle, form({ code: "not a code" })],
    expect: anyStaff,
  },
  {
    kind: "action",
    file: S.account,
    name: "disableTotpAction",
    page: "/account",
    args: () => [idle, form({ password: "" })],
    expect: anyStaff,
  },
  {
    kind: "action",
    file: S.clinicSettings,
    name: "saveSecuritySettingsAction",
    page: "/clinic/settings",
    // No checkbox: "not required", which is already the setting, so the admin's call changes nothing.
    args: () => [idle, form({})],
    expect: staff("not-found", "not-found", "ok"),
    note: "clinic admins only, for their own clinic",
  },
  {
    kind: "action",
    file: S.clinicSettings,
    name: "saveClinicContactAction",
    page: "/clinic/settings",
    // The matrix clinic (Lakeside): only its admin may set them, and only for Lakeside.
    args: () => [idle, form({ phone: "+49 30 901820", outOfHoursPhone: "116117", country: "DE" })],
    expect: staff("not-found", "not-found", "ok"),
    succeedsFor: ["admin"],
    note: "clinic admins only, for their own clinic",
  },
  {
    kind: "action",
    file: S.messages,
    name: "sendMessageAction",
    page: `/patients/${A}`,
    args: () => [A, idle, form({ clientId: crypto.randomUUID(), body: "Access matrix check" })],
    expect: clinic1Record,
    succeedsFor: ["clinician1", "admin"],
  },
  {
    kind: "action",
    file: S.messages,
    name: "sendMessageAction",
    page: `/patients/${HILLSIDE}`,
    args: () => [HILLSIDE, idle, form({ clientId: crypto.randomUUID(), body: "Access matrix check" })],
    expect: clinic2Record,
    succeedsFor: ["clinician2"],
  },
  {
    kind: "action",
    file: S.timeLog,
    name: "logTimeAction",
    page: `/patients/${A}`,
    args: () => [A, idle, form({ clientId: crypto.randomUUID(), minutes: 5, kind: "review", note: "" })],
    expect: clinic1Record,
    succeedsFor: ["clinician1", "admin"],
  },
  {
    kind: "action",
    file: S.timeLog,
    name: "logTimeAction",
    page: `/patients/${HILLSIDE}`,
    args: () => [
      HILLSIDE,
      idle,
      form({ clientId: crypto.randomUUID(), minutes: 5, kind: "review", note: "" }),
    ],
    expect: clinic2Record,
    succeedsFor: ["clinician2"],
  },
  {
    kind: "action",
    file: S.clinicSettings,
    name: "saveMonitoringSettingAction",
    page: "/clinic/settings",
    // Lakeside keeps the record already: the admin's call changes nothing.
    args: () => [idle, form({ monitoringRecord: "on" })],
    expect: staff("not-found", "not-found", "ok"),
    succeedsFor: ["admin"],
    note: "clinic admins only, for their own clinic",
  },
  {
    kind: "action",
    file: S.clinicSettings,
    name: "addMessageTemplateAction",
    page: "/clinic/settings",
    args: () => [idle, form({ title: "Matrix template", body: "Access matrix check" })],
    expect: staff("not-found", "not-found", "ok"),
    succeedsFor: ["admin"],
    note: "clinic admins only, for their own clinic",
  },
  {
    kind: "action",
    file: S.clinicSettings,
    name: "deleteMessageTemplateAction",
    page: "/clinic/settings",
    args: () => [idle, form({ templateId: "not-a-uuid" })],
    expect: staff("not-found", "not-found", "ok"),
    note: "clinic admins only; a malformed id is refused as input, nothing deleted",
  },
];

/** How a row is named in the completeness check and in test titles. */
export const routeKey = (row: Row) =>
  row.kind === "page"
    ? row.file
    : row.kind === "route"
      ? `${row.file} ${row.method}`
      : `${row.file}#${row.name}`;
