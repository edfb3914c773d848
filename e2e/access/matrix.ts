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
  /** A staff member of this role's clinic as the staff page lists them, with their current role. */
  ownStaffMember: () => Promise<{ userId: string; role: "clinician" | "admin" }>;
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
  editPatient: "app/(clinic)/patients/[patientId]/edit/page.tsx",
  staff: "app/(clinic)/clinic/staff/page.tsx",
  templates: "app/(clinic)/clinic/templates/page.tsx",
  join: "app/(auth)/join/[token]/page.tsx",
  account: "app/(clinic)/account/page.tsx",
  clinicSettings: "app/(clinic)/clinic/settings/page.tsx",
  outbox: "app/(clinic)/clinic/outbox/page.tsx",
  outboxMessage: "app/(clinic)/clinic/outbox/[messageId]/page.tsx",
  forgotPassword: "app/(auth)/forgot-password/page.tsx",
  resetPassword: "app/(auth)/reset-password/[token]/page.tsx",
  portalAccount: "app/(portal)/portal/account/page.tsx",
  reminders: "app/(portal)/portal/reminders/page.tsx",
  manageReminders: "app/(auth)/reminders/manage/page.tsx",
  verify: "app/(auth)/sign-in/verify/page.tsx",
  changeRequests: "app/(portal)/portal/change-requests/page.tsx",
  activityLibrary: "app/(clinic)/clinic/activities/page.tsx",
};
const R = {
  pushSubscription: "app/api/push/subscription/route.ts",
  reminderLink: "app/api/reminders/stop/route.ts",
  auth: "app/api/auth/[...nextauth]/route.ts",
  series: "app/api/clinic/patients/[patientId]/series/route.ts",
  diaryApi: "app/api/portal/diary/[date]/route.ts",
  healthz: "app/healthz/route.ts",
  clinicCsv: "app/api/clinic/export/diary.csv/route.ts",
  patientCsv: "app/api/clinic/patients/[patientId]/diary.csv/route.ts",
  fhir: "app/api/clinic/patients/[patientId]/fhir/route.ts",
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
  reminders: "app/(portal)/portal/reminders/actions.ts",
  password: "app/(auth)/actions.ts",
  account: "app/(clinic)/account/actions.ts",
  clinicSettings: "app/(clinic)/clinic/settings/actions.ts",
  editPatient: "app/(clinic)/patients/[patientId]/edit/actions.ts",
  episodes: "app/(clinic)/patients/[patientId]/episode-actions.ts",
  staff: "app/(clinic)/clinic/staff/actions.ts",
  templates: "app/(clinic)/clinic/templates/actions.ts",
  savePlanTemplate: "app/(clinic)/patients/[patientId]/template-actions.ts",
  join: "app/(auth)/join/[token]/actions.ts",
  portalChangeRequests: "app/(portal)/portal/change-requests/actions.ts",
  changeRequests: "app/(clinic)/patients/[patientId]/change-request-actions.ts",
  planChangeRequests: "app/(clinic)/patients/[patientId]/plan/change-request-actions.ts",
  activityLibrary: "app/(clinic)/clinic/activities/actions.ts",
  forgotPassword: "app/(auth)/forgot-password/actions.ts",
  digest: "app/(clinic)/account/digest-actions.ts",
  resetPassword: "app/(auth)/reset-password/[token]/actions.ts",
};

/** A well-formed "forgot password" token that was never issued. */
const UNKNOWN_RESET_TOKEN = "NeverIssuedResetToken_matrix-0123456789abcd";

/** A small valid plan, as the editor sends it. */
const planPayload = (expectedVersion: number) => walkingRevision(expectedVersion, "Access matrix check");

/** A browser's push subscription as PushSubscription.toJSON() gives it, a new endpoint each call. */
export const pushSubscriptionPayload = () => ({
  endpoint: `https://push.example/matrix/${Date.now()}-${Math.random().toString(36).slice(2)}`,
  keys: { p256dh: `B${"A".repeat(86)}`, auth: "A".repeat(22) },
});

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
  { kind: "page", file: P.editPatient, path: `/patients/${A}/edit`, expect: clinic1Record },
  { kind: "page", file: P.templates, path: "/clinic/templates", expect: anyStaff },
  {
    kind: "page",
    file: P.staff,
    path: "/clinic/staff",
    expect: staff("not-found", "not-found", "ok"),
    note: "clinic admins only",
  },
  {
    kind: "page",
    file: P.join,
    path: `/join/${EXPIRED_INVITE_TOKEN}`,
    expect: everyone("ok"),
    note: "public: the token is the credential; an unknown one shows the link-does-not-work text",
  },
  { kind: "page", file: P.editPatient, path: `/patients/${HILLSIDE}/edit`, expect: clinic2Record },
  { kind: "page", file: P.account, path: "/account", expect: anyStaff },
  {
    kind: "page",
    file: P.clinicSettings,
    path: "/clinic/settings",
    expect: staff("not-found", "not-found", "ok"),
    note: "clinic admins only",
  },
  {
    kind: "page",
    file: P.outbox,
    path: "/clinic/outbox",
    expect: staff("not-found", "not-found", "ok"),
    note: "clinic admins only: their own clinic's email",
  },
  {
    kind: "page",
    file: P.outboxMessage,
    path: "/clinic/outbox/00000000-0000-4000-8000-000000000000",
    expect: staff("not-found", "not-found", "not-found"),
    note: "clinic admins only; an id outside the admin's clinic reads as not found (e2e/auth/forgot-password.spec.ts opens a real one)",
  },
  {
    kind: "page",
    file: P.forgotPassword,
    path: "/forgot-password",
    expect: everyone("ok"),
    note: "public: the same answer whether or not the address has an account",
  },
  {
    kind: "page",
    file: P.resetPassword,
    path: `/reset-password/${UNKNOWN_RESET_TOKEN}`,
    expect: everyone("ok"),
    note: "public: the token is the credential; this one shows the link-does-not-work text",
  },
  { kind: "page", file: P.portalAccount, path: "/portal/account", expect: patientsOnly },
  { kind: "page", file: P.changeRequests, path: "/portal/change-requests", expect: patientsOnly },
  { kind: "page", file: P.activityLibrary, path: "/clinic/activities", expect: anyStaff },
  {
    kind: "page",
    file: P.plan,
    path: `/patients/${A}/plan?changeRequest=${crypto.randomUUID()}&answer=accept`,
    expect: clinic1Record,
    note: "an unknown request opens the editor as usual",
  },
  {
    kind: "page",
    file: P.plan,
    path: `/patients/${HILLSIDE}/plan?changeRequest=${crypto.randomUUID()}&answer=adjust`,
    expect: clinic2Record,
  },
  { kind: "page", file: P.reminders, path: "/portal/reminders", expect: patientsOnly },
  {
    kind: "page",
    file: P.manageReminders,
    path: "/reminders/manage?t=not-a-signed-link",
    expect: everyone("ok"),
    note: "public (opened from a reminder email); a link that is not signed by us only says it is not valid",
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
    file: R.pushSubscription,
    method: "POST",
    path: "/api/push/subscription",
    body: pushSubscriptionPayload,
    expect: { ...everyone("ok"), anonymous: "unauthorized" },
    note: "any signed-in account keeps its own browser's subscription",
  },
  {
    kind: "route",
    file: R.pushSubscription,
    method: "DELETE",
    path: "/api/push/subscription",
    body: pushSubscriptionPayload,
    expect: { ...everyone("ok"), anonymous: "unauthorized" },
    note: "forgets only the caller's own subscription; an unknown endpoint changes nothing",
  },
  {
    kind: "route",
    file: R.reminderLink,
    method: "POST",
    path: "/api/reminders/stop?t=not-a-signed-link",
    body: "List-Unsubscribe=One-Click",
    expect: everyone("not-found"),
    note: "public; only a link signed by us (lib/reminders/link-token.ts) changes anything",
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
    file: S.forgotPassword,
    name: "forgotPasswordAction",
    page: "/forgot-password",
    args: () => [idle, form({ email: "nobody.matrix@mail.example" })],
    expect: everyone("ok"),
    note: "public; an unknown address gets the same answer and nothing is sent",
  },
  {
    kind: "action",
    file: S.resetPassword,
    name: "resetPasswordAction",
    page: `/reset-password/${UNKNOWN_RESET_TOKEN}`,
    args: () => [
      UNKNOWN_RESET_TOKEN,
      idle,
      form({ password: "a long new password 4821", confirm: "a long new password 4821" }),
    ],
    expect: everyone("ok"),
    note: "public; a token never issued is refused whoever calls",
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
    name: "revokeInviteAction",
    page: `/patients/${MATRIX_INVITED_PATIENT.id}`,
    args: () => [MATRIX_INVITED_PATIENT.id, idle],
    expect: clinic1Record,
    succeedsFor: ["clinician1", "admin"],
  },
  {
    kind: "action",
    file: S.patient,
    name: "revokeInviteAction",
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
    file: S.patient,
    name: "markReviewedAction",
    page: `/patients/${A}`,
    args: () => [A, idle, form({ note: "Access matrix review" })],
    expect: clinic1Record,
    succeedsFor: ["clinician1", "admin"],
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
    file: S.portalChangeRequests,
    name: "createChangeRequestAction",
    page: "/portal/change-requests",
    args: () => [idle, form({ clientId: "not-a-uuid", activity: "walking", reason: "too_hard" })],
    expect: patientsOnly,
    note: "a request without its id: patients are asked again, nothing is stored",
  },
  {
    kind: "action",
    file: S.portalChangeRequests,
    name: "startFlareUpHoldAction",
    page: "/portal",
    args: () => [idle, form({ clientId: crypto.randomUUID(), days: 1 })],
    expect: patientsOnly,
    note: "no flare-up plan is agreed for the fixture patients, so the hold is refused and nothing changes",
  },
  {
    kind: "action",
    file: S.changeRequests,
    name: "declineChangeRequestAction",
    page: `/patients/${A}`,
    args: () => [A, idle, form({ requestId: crypto.randomUUID(), message: "Access matrix check" })],
    expect: clinic1Record,
    note: "an unknown request: allowed roles are told there is no such request; others get not found",
  },
  {
    kind: "action",
    file: S.changeRequests,
    name: "declineChangeRequestAction",
    page: `/patients/${HILLSIDE}`,
    args: () => [HILLSIDE, idle, form({ requestId: crypto.randomUUID(), message: "Access matrix check" })],
    expect: clinic2Record,
  },
  {
    kind: "action",
    file: S.changeRequests,
    name: "setFlareUpPlanAction",
    page: `/patients/${A}`,
    args: () => [A, idle, form({ maxDays: 3, plan: "" })],
    expect: clinic1Record,
    succeedsFor: ["clinician1", "admin"],
  },
  {
    kind: "action",
    file: S.changeRequests,
    name: "setFlareUpPlanAction",
    page: `/patients/${HILLSIDE}`,
    args: () => [HILLSIDE, idle, form({ maxDays: 3, plan: "" })],
    expect: clinic2Record,
    succeedsFor: ["clinician2"],
  },
  {
    kind: "action",
    file: S.planChangeRequests,
    name: "answerWithRevisionAction",
    page: `/patients/${B}/plan`,
    args: async ({ planVersion }) => [B, crypto.randomUUID(), "accepted", planPayload(await planVersion(B))],
    expect: clinic1Record,
    note: "an unknown request: nothing is saved, allowed roles are told it is answered; others get not found",
  },
  {
    kind: "action",
    file: S.planChangeRequests,
    name: "answerWithRevisionAction",
    page: `/patients/${HILLSIDE}/plan`,
    args: async ({ planVersion }) => [
      HILLSIDE,
      crypto.randomUUID(),
      "adjusted",
      planPayload(await planVersion(HILLSIDE)),
    ],
    expect: clinic2Record,
  },
  {
    kind: "action",
    file: S.activityLibrary,
    name: "addLibraryActivityAction",
    page: "/clinic/activities",
    args: () => [idle, form({ name: "", unit: "minutes", instructions: "" })],
    expect: anyStaff,
  },
  {
    kind: "action",
    file: S.activityLibrary,
    name: "removeLibraryActivityAction",
    page: "/clinic/activities",
    args: () => [idle, form({ id: crypto.randomUUID() })],
    expect: anyStaff,
    note: "another clinic's or an unknown activity: nothing is removed (the delete is scoped by clinic)",
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
    file: S.reminders,
    name: "saveReminderPreferencesAction",
    page: "/portal/reminders",
    args: () => [
      idle,
      form({ diary: "on", email: "on", sendAt: "19:00", quietFrom: "21:00", quietUntil: "08:00" }),
    ],
    expect: patientsOnly,
    succeedsFor: ["patientA", "patientB"],
    note: "each patient changes only their own reminders; there is no way to name another patient",
  },
  {
    kind: "action",
    file: S.reminders,
    name: "quickReminderAction",
    page: "/portal/reminders",
    args: () => [idle, form({ action: "resume" })],
    expect: patientsOnly,
    succeedsFor: ["patientA", "patientB"],
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
    file: S.digest,
    name: "saveDigestAction",
    page: "/account",
    // No checkbox: "off", the default, so the call changes nothing.
    args: () => [idle, form({})],
    expect: anyStaff,
    succeedsFor: ["clinician1", "clinician2", "admin"],
    note: "staff, their own morning digest only",
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
    file: S.clinicSettings,
    name: "saveClinicDetailsAction",
    page: "/clinic/settings",
    // The matrix clinic's own name and zone: only its admin may set them, and only for Lakeside.
    args: () => [
      idle,
      form({
        name: "Lakeside Physio",
        address: "1 Lake Road",
        timeZone: "Europe/London",
        reminderTime: "19:00",
      }),
    ],
    expect: staff("not-found", "not-found", "ok"),
    succeedsFor: ["admin"],
    note: "clinic admins only, for their own clinic",
  },
  {
    kind: "action",
    file: S.editPatient,
    name: "editPatientAction",
    page: `/patients/${A}/edit`,
    // A version the record never had: its own clinic's staff get the "changed since" conflict, nothing changes.
    args: () => [
      A,
      idle,
      form({
        fullName: "Ada Matrix",
        email: "matrix.patient.a@mail.example",
        timeZone: "Europe/London",
        primaryClinicianId: crypto.randomUUID(),
        version: 999_999,
      }),
    ],
    expect: clinic1Record,
  },
  {
    kind: "action",
    file: S.join,
    name: "acceptStaffInviteAction",
    page: `/join/${EXPIRED_INVITE_TOKEN}`,
    args: () => [
      EXPIRED_INVITE_TOKEN,
      idle,
      form({ password: "a long new password 4821", confirm: "a long new password 4821" }),
    ],
    expect: everyone("ok"),
    note: "public; a token no staff invite has answers the spent-link message and creates nothing",
  },
  // Staff administration: admins only, for their own clinic. Each call is one that changes nothing: the
  // admin's own role (already admin), enabling an account that is enabled, withdrawing an unknown invite.
  {
    kind: "action",
    file: S.staff,
    name: "changeStaffRoleAction",
    page: "/clinic/staff",
    args: async ({ ownStaffMember }) => [idle, form(await ownStaffMember())],
    expect: staff("not-found", "not-found", "ok"),
    succeedsFor: ["admin"],
    note: "clinic admins only; the role the member already has",
  },
  {
    kind: "action",
    file: S.staff,
    name: "setStaffAccessAction",
    page: "/clinic/staff",
    args: async ({ ownStaffMember }) => [
      idle,
      form({ userId: (await ownStaffMember()).userId, access: "enable" }),
    ],
    expect: staff("not-found", "not-found", "ok"),
    succeedsFor: ["admin"],
    note: "clinic admins only; enabling an account that is enabled",
  },
  {
    kind: "action",
    file: S.staff,
    name: "resetStaffTwoFactorAction",
    page: "/clinic/staff",
    args: async ({ ownStaffMember }) => [idle, form({ userId: (await ownStaffMember()).userId })],
    expect: staff("not-found", "not-found", "ok"),
    note: "clinic admins only; the member has no two-step sign-in, so the admin gets a conflict",
  },
  {
    kind: "action",
    file: S.staff,
    name: "inviteStaffAction",
    page: "/clinic/staff",
    // An email the matrix admin already signs in with: refused as taken, nothing is created.
    args: () => [idle, form({ name: "Matrix Invite", email: "admin@lakeside.example", role: "clinician" })],
    expect: staff("not-found", "not-found", "ok"),
    note: "clinic admins only",
  },
  {
    kind: "action",
    file: S.staff,
    name: "withdrawStaffInviteAction",
    page: "/clinic/staff",
    // An invitation that does not exist: the admin is told it is no longer open.
    args: () => [idle, form({ inviteId: "0a7e5a61-3c1d-4f2b-8e9a-6b5c4d3e2fff" })],
    expect: staff("not-found", "not-found", "ok"),
    note: "clinic admins only",
  },
  {
    kind: "action",
    file: S.savePlanTemplate,
    name: "saveTemplateFromPlanAction",
    page: `/patients/${A}`,
    args: () => [A, idle, form({ name: "Matrix template", description: "Saved by the access matrix" })],
    expect: clinic1Record,
    succeedsFor: ["clinician1"],
  },
  ...(["editTemplateAction", "retireTemplateAction"] as const).map((name): ActionRow => ({
    kind: "action",
    file: S.templates,
    name,
    page: "/clinic/templates",
    // A template of no clinic: every staff member is told it was not found, patients are refused first.
    args: () => [
      idle,
      form({ templateId: "0a7e5a61-3c1d-4f2b-8e9a-6b5c4d3e2ffb", version: 1, name: "X", description: "Y" }),
    ],
    expect: staff("not-found", "not-found", "not-found"),
  })),
  // Last, so no row above sees patient A discharged: clinician 1 discharges A (the admin then gets the
  // "already discharged" answer), and the next row takes A back into care as a second episode.
  {
    kind: "action",
    file: S.episodes,
    name: "dischargePatientAction",
    page: `/patients/${A}`,
    args: () => [A, idle, form({ reason: "self_managing", maintenanceMessage: "Access matrix discharge" })],
    expect: clinic1Record,
    succeedsFor: ["clinician1"],
  },
  {
    kind: "action",
    file: S.episodes,
    name: "reopenEpisodeAction",
    page: `/patients/${A}`,
    args: () => [A, idle, form({})],
    expect: clinic1Record,
    succeedsFor: ["clinician1"],
  },
];

/** How a row is named in the completeness check and in test titles. */
export const routeKey = (row: Row) =>
  row.kind === "page"
    ? row.file
    : row.kind === "route"
      ? `${row.file} ${row.method}`
      : `${row.file}#${row.name}`;
