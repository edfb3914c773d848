import type { Observation, Questionnaire, QuestionnaireResponse } from "fhir/r4";
import { FABQ_ITEMS } from "@/lib/domain/outcomes/fabq";
import { fabqObservations, MEASURE_NAMES, scoreObservation, workObservation } from "./observations";
import { ref, stableUuid, urn } from "./ids";
import type { ExportRecord } from "./record";

type Measure = ExportRecord["measures"][number];

const PEG_ITEMS = [
  { linkId: "pain", text: "What number best describes your pain on average in the past week?" },
  {
    linkId: "enjoyment",
    text: "What number best describes how, during the past week, pain has interfered with your enjoyment of life?",
  },
  {
    linkId: "activity",
    text: "What number best describes how, during the past week, pain has interfered with your general activity?",
  },
] as const;

const PSFS = { group: "activity", name: "activity.name", rating: "activity.rating" } as const;

export const questionnaireId = (instrument: Measure["instrument"]) => stableUuid("Questionnaire", instrument);

/**
 * The two questionnaires, so each response names what it answers. PSFS items are the activities the patient
 * chose, so its questionnaire holds one repeating group, answered once per activity with the activity's
 * name and its rating (in FHIR only a group repeats as several items; a repeating question would repeat
 * its answers instead).
 */
export function questionnaires(instruments: Set<Measure["instrument"]>): Questionnaire[] {
  const all: Questionnaire[] = [
    {
      resourceType: "Questionnaire",
      id: questionnaireId("psfs"),
      url: urn(questionnaireId("psfs")),
      name: "PSFS",
      title: MEASURE_NAMES.psfs,
      status: "active",
      subjectType: ["Patient"],
      item: [
        {
          linkId: PSFS.group,
          text: "An activity you find hard because of your back",
          type: "group",
          repeats: true,
          required: true,
          item: [
            { linkId: PSFS.name, text: "The activity", type: "string", required: true },
            {
              linkId: PSFS.rating,
              text: "How well can you do it today? (0 unable - 10 as before)",
              type: "integer",
              required: true,
            },
          ],
        },
      ],
    },
    {
      resourceType: "Questionnaire",
      id: questionnaireId("peg"),
      url: urn(questionnaireId("peg")),
      name: "PEG",
      title: MEASURE_NAMES.peg,
      status: "active",
      subjectType: ["Patient"],
      item: PEG_ITEMS.map((i) => ({ ...i, type: "integer" as const, required: true })),
    },
    {
      resourceType: "Questionnaire",
      id: questionnaireId("fabq"),
      url: urn(questionnaireId("fabq")),
      name: "FABQ",
      title: MEASURE_NAMES.fabq,
      status: "active",
      subjectType: ["Patient"],
      item: FABQ_ITEMS.map((text, i) => ({
        linkId: `fabq-${i + 1}`,
        text,
        type: "integer" as const,
        required: true,
      })),
    },
  ];
  const instrumentOf = { PSFS: "psfs", PEG: "peg", FABQ: "fabq" } as const;
  return all.filter((q) => instruments.has(instrumentOf[q.name as keyof typeof instrumentOf]));
}

function psfsItems(answers: unknown): QuestionnaireResponse["item"] {
  const items = Array.isArray(answers) ? (answers as { activity: string; rating: number }[]) : [];
  return items.map((i) => ({
    linkId: PSFS.group,
    item: [
      { linkId: PSFS.name, answer: [{ valueString: i.activity }] },
      { linkId: PSFS.rating, answer: [{ valueInteger: i.rating }] },
    ],
  }));
}

function pegItems(answers: unknown): QuestionnaireResponse["item"] {
  const a = (answers ?? {}) as Partial<Record<(typeof PEG_ITEMS)[number]["linkId"], number>>;
  return PEG_ITEMS.filter((i) => typeof a[i.linkId] === "number").map((i) => ({
    linkId: i.linkId,
    text: i.text,
    answer: [{ valueInteger: a[i.linkId]! }],
  }));
}

function fabqItems(answers: unknown): QuestionnaireResponse["item"] {
  const ratings = (answers as { ratings?: number[] } | null)?.ratings ?? [];
  return ratings.map((rating, i) => ({
    linkId: `fabq-${i + 1}`,
    text: FABQ_ITEMS[i],
    answer: [{ valueInteger: rating }],
  }));
}

/**
 * Each questionnaire the patient answered with the Observation(s) carrying its score: PSFS and PEG one score,
 * the FABQ its two subscales; the weekly work status is an Observation on its own (no questionnaire).
 */
export function measureResources(record: ExportRecord): (QuestionnaireResponse | Observation)[] {
  return record.measures.flatMap((m): (QuestionnaireResponse | Observation)[] => {
    if (m.instrument === "work") return [workObservation(record, m)];
    const id = stableUuid("QuestionnaireResponse", record.patient.id, m.id);
    const response: QuestionnaireResponse = {
      resourceType: "QuestionnaireResponse",
      id,
      questionnaire: urn(questionnaireId(m.instrument)),
      status: "completed",
      subject: ref(record.patient.id),
      authored: m.takenOn,
      author: ref(record.patient.id),
      item:
        m.instrument === "psfs"
          ? psfsItems(m.answers)
          : m.instrument === "fabq"
            ? fabqItems(m.answers)
            : pegItems(m.answers),
    };
    if (m.instrument === "fabq") return [response, ...fabqObservations(record, m, id)];
    return [response, scoreObservation(record, { ...m, instrument: m.instrument }, id)];
  });
}
