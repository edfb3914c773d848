/**
 * Who is asking. Every query in db/queries takes one of these and scopes what it reads or writes by it.
 * Built only by lib/auth from a server-side session row, never from client input.
 */
export type StaffActor = {
  kind: "staff";
  userId: string;
  role: "clinician" | "admin";
  clinicId: string;
  name: string;
  sessionId: string;
  /** Their clinic requires two-factor sign-in and they have not set it up: only the account page is open. */
  mustSetUpTotp?: boolean;
};

export type PatientActor = {
  kind: "patient";
  userId: string;
  role: "patient";
  clinicId: string;
  patientId: string;
  name: string;
  sessionId: string;
};

export type Actor = StaffActor | PatientActor;

/** Request details kept with audit events. */
export type RequestMeta = { ip: string | null; userAgent: string | null };
