import type { CodeableConcept, Coding, Quantity } from "fhir/r4";
import { stableUuid } from "./ids";

export const LOINC = "http://loinc.org";
export const UCUM = "http://unitsofmeasure.org";
const OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

/**
 * LOINC codes for what the diary records, only where LOINC means exactly that (displays are LOINC's long
 * names): pain now is a point-in-time pain NRS; a day's steps are steps in 24 hours. Minutes of an
 * activity are not "exercise duration" (55411-3) in general (sitting is not exercise), and LOINC has no
 * code for repetitions, for metres of an activity, for a day's average pain or for the PSFS and PEG scores:
 * those carry our own codes.
 */
export const LOINC_CODES = {
  painNrs: { code: "72514-3", display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported" },
  steps24h: { code: "41950-7", display: "Number of steps in 24 hour Measured" },
  /** The Observation's code for the weekly work status; its value uses GRADUS_WORK_STATUS below. */
  employmentStatus: { code: "74165-2", display: "History of employment status NIOSH" },
} as const;

export function loincCoding(key: keyof typeof LOINC_CODES): Coding {
  return { system: LOINC, ...LOINC_CODES[key] };
}

export function loinc(key: keyof typeof LOINC_CODES, text: string): CodeableConcept {
  return { coding: [loincCoding(key)], text };
}

/**
 * Gradus's own code systems, for what no standard terminology names. Name-based UUID URNs: the same in
 * every export and installation, and owned by nobody else. Listed in the README (Reports and export).
 */
export const GRADUS_MEASURES = `urn:uuid:${stableUuid("CodeSystem", "gradus", "measures")}`;
/** A plan activity, coded by its key (stable across plan revisions), displayed by its name. */
export const GRADUS_PLAN_ACTIVITIES = `urn:uuid:${stableUuid("CodeSystem", "gradus", "plan-activities")}`;

/**
 * The weekly work status. LOINC 74165-2 names what is observed, but its NIOSH answer list (employed,
 * unemployed, ...) cannot say "working reduced hours" or "off sick", the outcome the graded-activity trials
 * measure, so the value is coded in our own system (the text is always given as well).
 */
export const GRADUS_WORK_STATUS = `urn:uuid:${stableUuid("CodeSystem", "gradus", "work-status")}`;

const MEASURE_CODES = {
  painAverageDay: { code: "pain-average-day", display: "Average pain over the day, 0-10 numeric rating" },
  psfsMean: {
    code: "psfs-mean",
    display: "Patient-Specific Functional Scale, mean of the activities' ratings",
  },
  pegMean: {
    code: "peg-mean",
    display: "PEG (pain, enjoyment of life, general activity), mean of the three items",
  },
  fabqPhysicalActivity: {
    code: "fabq-physical-activity",
    display: "FABQ physical activity subscale, sum of items 2-5 (0-24)",
  },
  fabqWork: { code: "fabq-work", display: "FABQ work subscale, sum of items 6, 7, 9-12 and 15 (0-42)" },
  daysOffSick: { code: "days-off-sick-7d", display: "Days off sick in the last 7 days" },
} as const;

export function gradusMeasure(key: keyof typeof MEASURE_CODES, text: string): CodeableConcept {
  return { coding: [{ system: GRADUS_MEASURES, ...MEASURE_CODES[key] }], text };
}

export function planActivityCoding(a: { key: string; name: string }): Coding {
  return { system: GRADUS_PLAN_ACTIVITIES, code: a.key, display: a.name };
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

/** `comparator` says which way a target points: "<=" for pain (3 or lower), ">=" for amounts and scores. */
type Comparator = NonNullable<Quantity["comparator"]>;

export function quantity(value: number, unit: PlanUnit, comparator?: Comparator): Quantity {
  return { value, ...(comparator ? { comparator } : {}), system: UCUM, ...UNIT_QUANTITY[unit] };
}

export function score(value: number, comparator?: Comparator): Quantity {
  return { value, ...(comparator ? { comparator } : {}), unit: "score", system: UCUM, code: "{score}" };
}
