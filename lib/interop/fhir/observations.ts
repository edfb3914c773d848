import type { Observation } from "fhir/r4";
import type { CodeableConcept } from "fhir/r4";
import { FABQ_CUTOFFS, scoreFabq } from "@/lib/domain/outcomes/fabq";
import { WORK_STATUS_LABEL, type WorkAnswers } from "@/lib/domain/outcomes/work-status";
import {
  category,
  GRADUS_WORK_STATUS,
  gradusMeasure,
  loinc,
  loincCoding,
  planActivityCoding,
  quantity,
  score,
  UCUM,
} from "./codes";
import { ref, stableUuid } from "./ids";
import type { ExportRecord } from "./record";

type Activity = NonNullable<ExportRecord["plan"]>["revisions"][number]["activities"][number];

/** Name and unit of each activity key, from the latest revision that has it. */
function activityByKey(record: ExportRecord): Map<string, Activity> {
  const byKey = new Map<string, Activity>();
  for (const r of [...(record.plan?.revisions ?? [])].sort((a, b) => a.number - b.number))
    for (const a of r.activities) byKey.set(a.key, a);
  return byKey;
}

function base(record: ExportRecord, id: string, date: string): Omit<Observation, "code"> {
  return {
    resourceType: "Observation",
    id,
    status: "final",
    subject: ref(record.patient.id),
    effectiveDateTime: date,
    performer: [ref(record.patient.id)],
  };
}

/**
 * What an activity observation is: the plan activity itself (our code: its key and name), plus LOINC's
 * steps in 24 hours for a count of steps. Its amount is a UCUM quantity (min, {repetitions}, {steps}, m).
 */
function activityCode(a: Activity): CodeableConcept {
  const own = planActivityCoding(a);
  return {
    coding: a.unit === "steps" ? [loincCoding("steps24h"), own] : [own],
    text: `${a.name}, ${a.unit}`,
  };
}

/**
 * What the diary says, day by day: pain now as the pain NRS (LOINC 72514-3, a rating at one point in
 * time), average pain over the day with our own code (LOINC has none for a day's average), and each
 * activity's amount as a coded quantity (see activityCode), so nothing logged is left out.
 */
export function diaryObservations(record: ExportRecord): Observation[] {
  const activities = activityByKey(record);
  const out: Observation[] = [];
  const pid = record.patient.id;
  for (const day of record.diary) {
    out.push({
      ...base(record, stableUuid("Observation", pid, day.date, "pain-now"), day.date),
      category: category("survey"),
      code: loinc("painNrs", "Pain now (NRS 0-10)"),
      valueInteger: day.painNow,
    });
    out.push({
      // The id this observation has always had, so a receiving system updates rather than duplicates it.
      ...base(record, stableUuid("Observation", pid, day.date, "pain"), day.date),
      category: category("survey"),
      code: gradusMeasure("painAverageDay", "Average pain over the day (NRS 0-10)"),
      valueInteger: day.painAverage,
    });
    for (const logged of day.activities) {
      const a = activities.get(logged.key);
      if (!a) continue;
      out.push({
        ...base(record, stableUuid("Observation", pid, day.date, "activity", logged.key), day.date),
        category: category("activity"),
        code: activityCode(a),
        valueQuantity: quantity(logged.amount, a.unit),
      });
    }
  }
  return out;
}

export const MEASURE_NAMES = {
  psfs: "Patient-Specific Functional Scale (PSFS) mean score",
  peg: "PEG (pain, enjoyment of life, general activity) score",
  fabq: "Fear-Avoidance Beliefs Questionnaire (FABQ)",
  work: "Work status this week",
} as const;

/**
 * The weekly work status as LOINC 74165-2 (history of employment status) with a value in our own work-status
 * code system, and the days off sick in the last 7 days as a component.
 */
export function workObservation(record: ExportRecord, m: ExportRecord["measures"][number]): Observation {
  const a = m.answers as WorkAnswers;
  return {
    ...base(record, stableUuid("Observation", record.patient.id, "work", m.id), m.takenOn),
    category: category("social-history"),
    code: loinc("employmentStatus", MEASURE_NAMES.work),
    valueCodeableConcept: {
      coding: [{ system: GRADUS_WORK_STATUS, code: a.status, display: WORK_STATUS_LABEL[a.status] }],
      text: WORK_STATUS_LABEL[a.status],
    },
    ...(a.daysOffSick === null
      ? {}
      : {
          component: [
            {
              code: gradusMeasure("daysOffSick", "Days off sick in the last 7 days"),
              valueQuantity: { value: a.daysOffSick, unit: "days", system: UCUM, code: "d" },
            },
          ],
        }),
  };
}

/** The FABQ's two published subscales, each with its cut-off in the interpretation text. */
export function fabqObservations(
  record: ExportRecord,
  m: ExportRecord["measures"][number],
  responseId: string,
): Observation[] {
  const s = scoreFabq((m.answers as { ratings: number[] }).ratings);
  const one = (key: "physicalActivity" | "work", value: number, high: boolean): Observation => ({
    ...base(record, stableUuid("Observation", record.patient.id, "fabq", key, m.id), m.takenOn),
    category: category("survey"),
    code: gradusMeasure(
      key === "work" ? "fabqWork" : "fabqPhysicalActivity",
      `FABQ ${key === "work" ? "work" : "physical activity"} subscale (0-${FABQ_CUTOFFS[key].max})`,
    ),
    valueQuantity: score(value),
    interpretation: [
      {
        text: `${high ? "Above" : "At or below"} the cut-off > ${FABQ_CUTOFFS[key].above} (${FABQ_CUTOFFS[key].source})`,
      },
    ],
    derivedFrom: [ref(responseId)],
  });
  return [
    one("physicalActivity", s.physicalActivity, s.highPhysicalActivity),
    one("work", s.work, s.highWork),
  ];
}

/** The score of each questionnaire, derived from its QuestionnaireResponse. */
export function scoreObservation(
  record: ExportRecord,
  m: ExportRecord["measures"][number] & { instrument: "psfs" | "peg" },
  responseId: string,
): Observation {
  return {
    ...base(record, stableUuid("Observation", record.patient.id, "score", m.id), m.takenOn),
    category: category("survey"),
    code: gradusMeasure(m.instrument === "psfs" ? "psfsMean" : "pegMean", MEASURE_NAMES[m.instrument]),
    valueQuantity: score(m.score),
    derivedFrom: [ref(responseId)],
  };
}
