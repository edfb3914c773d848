import { createHash } from "node:crypto";

/** Data the end-to-end server is prepared with (e2e/support/prepare-server.ts) and the specs rely on.
 * The server's port is chosen in playwright.config.ts (a free one, unless E2E_PORT is set). */
export const E2E_DATA_DIR = ".data/e2e-pglite";

/** Retries on CI only. A spec whose first attempt changes its own records (answers the onboarding questions,
 * turns on two-step sign-in) takes a fresh copy of its fixture per attempt, so a retry starts clean. */
export const E2E_RETRIES = process.env.CI ? 1 : 0;
/** Copies made of each per-attempt fixture (prepare-server.ts), more than any retry setting uses. */
export const FIXTURE_ATTEMPTS = 3;

/** The copy of a fixture person for one attempt (0 for the first): the same on the first attempt, then a
 * numbered email and name ("rosa.reyes.2@mail.example", "Rosa Reyes 2"). */
export function forAttempt<T extends { email: string }>(person: T, attempt: number): T {
  if (attempt === 0) return person;
  const n = attempt + 1;
  const named = Object.fromEntries(
    Object.entries(person).map(([k, v]) => [
      k,
      (k === "name" || k === "fullName") && typeof v === "string" ? `${v} ${n}` : v,
    ]),
  ) as T;
  return { ...named, email: person.email.replace("@", `.${n}@`) };
}

export const DEMO_PASSWORD = "graded-activity-demo";
export const CLINICIAN = { email: "anna.berg@riverside.example", name: "Anna Berg" };
export const SECOND_CLINICIAN = { email: "tom.okafor@riverside.example", name: "Tom Okafor" };
export const PATIENT = { email: "maria.lopez@mail.example", name: "Maria Lopez" };
/** Used only by specs that sign this patient in and out themselves. */
export const SIGN_OUT_PATIENT = { email: "sam.whitfield@mail.example", name: "Sam Whitfield" };

/** A second clinic, to prove that clinic 1 cannot see its patients. */
export const OTHER_CLINIC_PATIENT_ID = "7d1c2b7e-5f7a-4c1e-9a0b-2f4e6c8d0a11";

/** An invite that expired yesterday; the token is derived, so nothing secret lives in the repo. */
export const EXPIRED_INVITE_TOKEN = createHash("sha256")
  .update("gradus-e2e-expired-invite")
  .digest("base64url");
export const EXPIRED_INVITE_PATIENT = { fullName: "Expired Invite", email: "expired.invite@mail.example" };

/** A patient with an account and no plan yet, for building one through the editor. */
export const PLANLESS_PATIENT = {
  fullName: "Pat Planless",
  email: "pat.planless@mail.example",
  password: "planless patient password",
};

/** Harbour Physio: a clinic of its own for the two-factor spec, so turning on required 2FA affects no one
 * else; one clinic with these three people per attempt (forAttempt), as the spec turns on 2FA. */
export const HARBOUR_PASSWORD = "harbour clinic test password";
export const HARBOUR_ADMIN = { email: "admin@harbour.example", name: "Hana Admin" };
/** Sets up TOTP in the two-factor spec. */
export const HARBOUR_TOTP_CLINICIAN = { email: "totp@harbour.example", name: "Theo Totp" };
/** Has no TOTP; sent to set it up once the admin requires it. */
export const HARBOUR_CLINICIAN = { email: "clinician@harbour.example", name: "Cleo Harbour" };
/** A patient who changes their password in the account spec. */
export const PASSWORD_PATIENT = { email: "pia.password@mail.example", name: "Pia Password" };

/**
 * The access-control matrix and the fuzzers act in a clinic of their own ("clinic 1": Lakeside, with its own
 * clinician and admin; "clinic 2" is Hillside above), so their writes and alerts never change what the other
 * specs read in the demo clinic. Fixed ids let the matrix name records in URLs; prepare-server.ts creates them.
 */
export const SECURITY_PASSWORD = "matrix fixture password 7431";
export const OTHER_CLINIC_CLINICIAN = {
  email: "physio@hillside.example",
  password: "hillside-clinic-password",
};
// Lakeside keeps the remote-monitoring record (so its monthly list and CSV answer); Hillside does not.
export const MATRIX_CLINIC = { name: "Lakeside Physio", timeZone: "Europe/London", monitoringRecord: true };
export const MATRIX_CLINICIAN = { email: "clinician@lakeside.example", name: "Lena Lake" };
export const MATRIX_ADMIN = { email: "admin@lakeside.example", name: "Ali Lake" };
/** Patient A: in clinic 1, with a plan whose walking quota runs today, an activity still in
 * baseline with three sessions logged, and yesterday's diary at pain 8 (an open critical alert). */
export const MATRIX_PATIENT_A = {
  id: "0a7e5a61-3c1d-4f2b-8e9a-6b5c4d3e2f10",
  email: "matrix.patient.a@mail.example",
  fullName: "Ada Matrix",
};
/** Patient A's goal (pain to 2) and an urgent red-flag answer they have read the advice for. */
export const MATRIX_GOAL_ID = "0a7e5a61-3c1d-4f2b-8e9a-6b5c4d3e2f11";
export const MATRIX_RED_FLAG_REPORT_ID = "0a7e5a61-3c1d-4f2b-8e9a-6b5c4d3e2f12";
/** Patient B: in clinic 1 too, with a plan of their own. */
export const MATRIX_PATIENT_B = {
  id: "0b7e5a61-3c1d-4f2b-8e9a-6b5c4d3e2f20",
  email: "matrix.patient.b@mail.example",
  fullName: "Ben Matrix",
};
/** Invited, no account yet: the target of invite reissues. */
export const MATRIX_INVITED_PATIENT = {
  id: "0c7e5a61-3c1d-4f2b-8e9a-6b5c4d3e2f30",
  email: "matrix.invited@mail.example",
  fullName: "Ivy Matrix",
};
/** Clinic 2's patient the fuzzers aim at (with a plan): only the fuzzers post to it, so they can tell that a
 * request from clinic 1 changed nothing there. */
export const OTHER_CLINIC_FUZZ_TARGET = {
  id: "0e7e5a61-3c1d-4f2b-8e9a-6b5c4d3e2f50",
  email: "hugo.hillside@mail.example",
  fullName: "Hugo Hillside",
};
/** The fuzzers' own patient: hostile diary notes land here, and its page is checked for inert scripts. */
export const FUZZ_PATIENT = {
  id: "0d7e5a61-3c1d-4f2b-8e9a-6b5c4d3e2f40",
  email: "fuzz.patient@mail.example",
  fullName: "Fay Fuzz",
};

/** The outcome fuzzers' own patient (clinic 1): hostile check-ins pause its plan, hostile goals and measures land
 * here; only e2e/security/fuzz-outcomes.spec.ts (serial) signs in as it or writes to it. */
export const OUTCOME_FUZZ_PATIENT = {
  id: "0f7e5a61-3c1d-4f2b-8e9a-6b5c4d3e2f60",
  email: "olly.outcome@mail.example",
  fullName: "Olly Outcome",
};

/** A patient with a walking plan who answers an emergency red flag in the red-flags spec (factory password); one
 * copy per attempt (forAttempt). */
export const RED_FLAG_PATIENT = { fullName: "Rosa Reyes", email: "rosa.reyes@mail.example" };

/** A patient with a walking plan whose evening gets worse after a morning check-in (factory password); one
 * copy per attempt (forAttempt). */
export const EVENING_PATIENT = { fullName: "Eve Evans", email: "eve.evans@mail.example" };

/** A patient with a walking plan who asks for an easier target (factory password); one copy per attempt. */
export const CHANGE_REQUEST_PATIENT = { fullName: "Cara Change", email: "cara.change@mail.example" };

/** A patient with a walking plan and a flare-up plan agreed in advance (3 days), who starts the hold
 * (factory password); one copy per attempt. */
export const FLARE_UP_HOLD_PATIENT = {
  fullName: "Finn Flare",
  email: "finn.flare@mail.example",
  plan: "Keep to today's amounts. Walk little and often and use heat. Call us if it is not better in 3 days.",
};

/** A patient whose PSFS intake was 14 days ago, so a re-rating is due (factory password). */
export const PSFS_PATIENT = {
  fullName: "Pia Stone",
  email: "pia.stone@mail.example",
  intake: [
    { activity: "Putting on socks", rating: 2 },
    { activity: "Sitting through a film", rating: 3 },
    { activity: "Carrying shopping", rating: 4 },
  ],
};
