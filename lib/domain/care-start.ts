import type { LocalDate } from "./calendar";

/**
 * The first day of care, from which days are counted (logged or missed) in the portal and the clinic charts.
 *
 * Rule: the earliest of the day the patient was added to the clinic (in the patient's own time zone), the
 * first plan revision's start, and the first diary day. Registration alone would hide a plan or diary days a
 * clinician back-dated (a baseline typed in from paper); the plan alone would hide the baseline days logged
 * before it. Days before this one were not part of care: they are neither "not logged" nor "0% on target".
 */
export function careStartDate(input: {
  addedOn: LocalDate;
  firstPlanDay?: LocalDate | null;
  firstEntryDay?: LocalDate | null;
}): LocalDate {
  return [input.addedOn, input.firstPlanDay, input.firstEntryDay]
    .filter((d): d is LocalDate => typeof d === "string" && d.length > 0)
    .sort()[0]!;
}

/**
 * The first day of a range that ends on `to`, moved up to the start of care when the range reaches back
 * before it; never past `to`, so there is always at least one day to show.
 */
export function rangeStartInCare(from: LocalDate, to: LocalDate, careStart: LocalDate): LocalDate {
  if (careStart <= from) return from;
  return careStart <= to ? careStart : to;
}
