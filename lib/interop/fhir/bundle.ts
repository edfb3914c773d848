import type { Bundle, FhirResource } from "fhir/r4";
import { activityGoals, carePlans } from "./care-plan";
import { smartGoals } from "./goals";
import { urn } from "./ids";
import { diaryObservations } from "./observations";
import { patientResource } from "./patient";
import { measureResources, questionnaires } from "./questionnaire-responses";
import type { ExportRecord } from "./record";

/**
 * One patient's record as a FHIR R4 collection Bundle. Every resource's fullUrl is `urn:uuid:<id>` and every
 * reference points at one of them, so the bundle stands on its own.
 */
export function patientBundle(record: ExportRecord, today: string, now: Date): Bundle<FhirResource> {
  const resources: FhirResource[] = [
    patientResource(record.patient),
    ...carePlans(record, today),
    ...activityGoals(record, today),
    ...smartGoals(record),
    ...diaryObservations(record),
    ...questionnaires(new Set(record.measures.map((m) => m.instrument))),
    ...measureResources(record),
  ];
  return {
    resourceType: "Bundle",
    type: "collection",
    timestamp: now.toISOString(),
    entry: resources.map((resource) => ({ fullUrl: urn(resource.id!), resource })),
  };
}

/** Every `reference` string anywhere in a bundle, for checking that each resolves inside it. */
export function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === "reference" && typeof v === "string" ? [v] : referencesIn(v),
  );
}
