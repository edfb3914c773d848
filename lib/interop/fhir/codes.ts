import type { CodeableConcept, Quantity } from "fhir/r4";

export const LOINC = "http://loinc.org";
export const UCUM = "http://unitsofmeasure.org";
const OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

/** LOINC codes for what the diary records (the issue names them; displays are LOINC's long names). */
export const LOINC_CODES = {
  painNrs: { code: "72514-3", display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported" },
  exerciseDuration: { code: "55411-3", display: "Exercise duration" },
  steps24h: { code: "41950-7", display: "Number of steps in 24 hour Measured" },
  /** The Observation's code for the weekly work status; its value uses WORK_STATUS_SYSTEM below. */
  employmentStatus: { code: "74165-2", display: "History of employment status NIOSH" },
} as const;

/**
 * Our own code system for the weekly work status. LOINC 74165-2 names what is observed, but its NIOSH answer
 * list (employed, unemployed, ...) cannot say "working reduced hours" or "off sick", which is the outcome the
 * graded-activity trials measure, so the value is coded locally (the text is always given as well).
 */
export const WORK_STATUS_SYSTEM = "urn:gradus:fhir:CodeSystem:work-status";
export const GRADUS_OBSERVATION_SYSTEM = "urn:gradus:fhir:CodeSystem:observation";

export function loinc(key: keyof typeof LOINC_CODES, text: string): CodeableConcept {
  return { coding: [{ system: LOINC, ...LOINC_CODES[key] }], text };
}

export function category(code: "survey" | "activity" | "social-history"): CodeableConcept[] {
  const display = { survey: "Survey", activity: "Activity", "social-history": "Social History" }[code];
  return [{ coding: [{ system: OBSERVATION_CATEGORY, code, display }] }];
}

/** UCUM for each plan unit; steps and repetitions are counts, written as UCUM annotations. */
const UNIT_QUANTITY = {
  minutes: { unit: "min", code: "min" },
  repetitions: { unit: "repetitions", code: "{repetitions}" },
  steps: { unit: "steps", code: "{steps}" },
  metres: { unit: "m", code: "m" },
} as const;

export type PlanUnit = keyof typeof UNIT_QUANTITY;

export function quantity(value: number, unit: PlanUnit): Quantity {
  return { value, system: UCUM, ...UNIT_QUANTITY[unit] };
}

export function score(value: number): Quantity {
  return { value, unit: "score", system: UCUM, code: "{score}" };
}
