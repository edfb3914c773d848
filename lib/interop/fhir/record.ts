import type { LocalDate } from "@/lib/domain/calendar";
import type { PlannedActivity } from "@/lib/domain/graded-activity/types";

/**
 * Everything the FHIR export says about one patient, already read and scoped by the caller. Plain data, so
 * the mapping is pure and tested without a database.
 */
export type ExportRecord = {
  patient: {
    id: string;
    fullName: string;
    email: string;
    status: "invited" | "active" | "paused" | "discharged";
    condition: string | null;
    /** IANA zone: dates the app records as instants (a goal's creation) are the patient's local dates. */
    timeZone: string;
  };
  plan: {
    id: string;
    revisions: {
      number: number;
      kind: string;
      effectiveFrom: LocalDate;
      reason: string;
      authorName: string;
      createdAt: Date;
      activities: PlannedActivity[];
    }[];
  } | null;
  diary: {
    date: LocalDate;
    painNow: number;
    painAverage: number;
    activities: { key: string; amount: number }[];
  }[];
  measures: {
    id: string;
    instrument: "psfs" | "peg" | "fabq" | "work";
    takenOn: LocalDate;
    answers: unknown;
    score: number;
  }[];
  goals: {
    id: string;
    description: string;
    measure: "activity" | "pain" | "psfs" | "work";
    activityKey: string | null;
    target: number;
    targetDate: LocalDate;
    status: "active" | "achieved" | "stopped";
    createdAt: Date;
  }[];
};
