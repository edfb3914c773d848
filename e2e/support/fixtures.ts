import { createHash } from "node:crypto";

/** Data the end-to-end server is prepared with (e2e/support/prepare-server.ts) and the specs rely on. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATA_DIR = ".data/e2e-pglite";

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

/** A patient with a walking plan who answers an emergency red flag in the safety spec (factory password). */
export const RED_FLAG_PATIENT = { fullName: "Rosa Reyes", email: "rosa.reyes@mail.example" };

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
