import type { WorkStatus } from "@/lib/domain/outcomes/work-status";

/** The patient's words for each work status (the clinician sees WORK_STATUS_LABEL). */
export const WORK_CHOICES: Record<WorkStatus, string> = {
  full_hours: "I am working my usual hours",
  reduced_hours: "I am working fewer hours than usual",
  off_sick: "I am off sick",
  not_employed: "I do not have a job, or this does not apply to me",
};

/**
 * Plain-words headings for the two parts of the FABQ. The items themselves are the published wording
 * (FABQ_ITEMS) and are exempt from the readability test: a validated instrument must not be reworded.
 */
export const FABQ_PARTS = [
  { title: "Physical activity", intro: "Think of things like bending, lifting, walking or driving." },
  { title: "Your work", intro: "Think of your usual work, even if you are not doing it now." },
] as const;
