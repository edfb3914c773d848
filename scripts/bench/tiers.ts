// The data tiers the benchmark generates. Every clinician carries a realistic caseload, so the clinician list
// is measured for one physio at every tier: S is one clinic of 5 physios with 60 patients each; M and L are
// many clinics of 5 physios with 80 patients each (the caseload the budgets in docs/ARCHITECTURE.md are for).
export type Tier = {
  name: "S" | "M" | "L";
  patients: number;
  /** Patients per clinic; each clinic has PHYSIOS_PER_CLINIC physios sharing them. */
  perClinic: number;
  days: number;
};

export const PHYSIOS_PER_CLINIC = 5;

export const TIERS: Record<Tier["name"], Tier> = {
  S: { name: "S", patients: 300, perClinic: 300, days: 365 },
  M: { name: "M", patients: 2_000, perClinic: 400, days: 365 },
  L: { name: "L", patients: 50_000, perClinic: 400, days: 365 },
};

export const clinicsIn = (t: Tier) => Math.ceil(t.patients / t.perClinic);
