// Who may use a route: the six roles of the access matrix, the answers they can get, and presets for the
// usual cases (staff of one clinic, patients only, public).

export const ROLES = ["anonymous", "patientA", "patientB", "clinician1", "clinician2", "admin"] as const;
export type Role = (typeof ROLES)[number];

/**
 * ok: 200 (2xx for a write), or the action ran for this user: its own answer, a success, a redirect to its
 *   result, or a refusal of the input;
 * sign-in: a redirect to /sign-in;
 * not-found: 404, or for an action the "not found" answer it gives for someone else's record;
 * unauthorized: 401 (route handlers answer a status, not a redirect);
 * { redirect }: a redirect elsewhere (a signed-in user sent to their home page).
 */
export type Answer = "ok" | "sign-in" | "not-found" | "unauthorized" | { redirect: string };
export type Expected = Record<Role, Answer>;

// Expectation presets.
export const everyone = (answer: Answer): Expected => ({
  anonymous: answer,
  patientA: answer,
  patientB: answer,
  clinician1: answer,
  clinician2: answer,
  admin: answer,
});
export const staff = (c1: Answer, c2: Answer, admin: Answer, anonymous: Answer = "sign-in"): Expected => ({
  anonymous,
  patientA: "not-found",
  patientB: "not-found",
  clinician1: c1,
  clinician2: c2,
  admin,
});
/** Any staff member, for their own clinic. */
export const anyStaff = staff("ok", "ok", "ok");
/** A record of clinic 1 (Lakeside): its clinicians and admin only. */
export const clinic1Record = staff("ok", "not-found", "ok");
/** A record of clinic 2 (Hillside): only its clinician. */
export const clinic2Record = staff("not-found", "ok", "not-found");
export const patientsOnly: Expected = {
  anonymous: "sign-in",
  patientA: "ok",
  patientB: "ok",
  clinician1: "not-found",
  clinician2: "not-found",
  admin: "not-found",
};
export const asApi = (e: Expected): Expected => ({ ...e, anonymous: "unauthorized" });
export const signedInGoHome = (anonymous: Answer): Expected => ({
  anonymous,
  patientA: { redirect: "/portal" },
  patientB: { redirect: "/portal" },
  clinician1: { redirect: "/patients" },
  clinician2: { redirect: "/patients" },
  admin: { redirect: "/patients" },
});
