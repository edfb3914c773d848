import type { Observation } from "fhir/r4";
import { category, loinc, quantity, score } from "./codes";
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
} as const;

/** The score of each questionnaire, derived from its QuestionnaireResponse. */
export function scoreObservation(
  record: ExportRecord,
  m: ExportRecord["measures"][number],
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
