import type { Observation } from "fhir/r4";
import { FABQ_CUTOFFS, scoreFabq } from "@/lib/domain/outcomes/fabq";
import { WORK_STATUS_LABEL, type WorkAnswers } from "@/lib/domain/outcomes/work-status";
import {
  category,
  GRADUS_OBSERVATION_SYSTEM,
  loinc,
  quantity,
  score,
  UCUM,
  WORK_STATUS_SYSTEM,
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
 * What the diary says, day by day: average pain as the pain NRS (LOINC 72514-3), minutes of an activity as
 * exercise duration (55411-3), steps as steps in 24 hours (41950-7). Repetitions and metres have no LOINC
 * code of their own: they keep their activity's name as the code text, so nothing logged is left out.
 */
export function diaryObservations(record: ExportRecord): Observation[] {
  const activities = activityByKey(record);
  const out: Observation[] = [];
  const pid = record.patient.id;
  for (const day of record.diary) {
    out.push({
      ...base(record, stableUuid("Observation", pid, day.date, "pain"), day.date),
      category: category("survey"),
      code: loinc("painNrs", "Average pain over the day (NRS 0-10)"),
      valueInteger: day.painAverage,
    });
    for (const logged of day.activities) {
      const a = activities.get(logged.key);
      if (!a) continue;
      const code =
        a.unit === "minutes"
          ? loinc("exerciseDuration", `${a.name}, minutes`)
          : a.unit === "steps"
            ? loinc("steps24h", `${a.name}, steps`)
            : { text: `${a.name}, ${a.unit}` };
      out.push({
        ...base(record, stableUuid("Observation", pid, day.date, "activity", logged.key), day.date),
        category: category("activity"),
        code,
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
 * The weekly work status as LOINC 74165-2 (history of employment status) with a locally coded value, and the
 * days off sick in the last 7 days as a component.
 */
export function workObservation(record: ExportRecord, m: ExportRecord["measures"][number]): Observation {
  const a = m.answers as WorkAnswers;
  return {
    ...base(record, stableUuid("Observation", record.patient.id, "work", m.id), m.takenOn),
    category: category("social-history"),
    code: loinc("employmentStatus", MEASURE_NAMES.work),
    valueCodeableConcept: {
      coding: [{ system: WORK_STATUS_SYSTEM, code: a.status, display: WORK_STATUS_LABEL[a.status] }],
      text: WORK_STATUS_LABEL[a.status],
    },
    ...(a.daysOffSick === null
      ? {}
      : {
          component: [
            {
              code: {
                coding: [
                  { system: GRADUS_OBSERVATION_SYSTEM, code: "days-off-sick-7d", display: "Days off sick" },
                ],
                text: "Days off sick in the last 7 days",
              },
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
    code: {
      coding: [{ system: GRADUS_OBSERVATION_SYSTEM, code: `fabq-${key}`, display: `FABQ ${key} subscale` }],
      text: `FABQ ${key === "work" ? "work" : "physical activity"} subscale (0-${FABQ_CUTOFFS[key].max})`,
    },
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
    code: { text: MEASURE_NAMES[m.instrument] },
    valueQuantity: score(m.score),
    derivedFrom: [ref(responseId)],
  };
}
