import { beforeAll, describe, expect, it } from "vitest";
import type { Observation, QuestionnaireResponse } from "fhir/r4";
import { patientBundle } from "./bundle";
import { GRADUS_WORK_STATUS } from "./codes";
import { sampleRecord } from "./testing/sample-record";
import { fhirValidator, schemaErrors, unresolvedReferences } from "./testing/validate-bundle";

const NOW = new Date("2026-02-01T12:00:00Z");
const ratings = [5, 4, 5, 4, 4, 6, 6, 2, 5, 6, 5, 5, 5, 4, 5, 3];
function bundle() {
  const record = sampleRecord();
  record.measures.push(
    {
      id: "w1",
      instrument: "work",
      takenOn: "2026-01-05",
      answers: { status: "off_sick", daysOffSick: 5 },
      score: 5,
    },
    {
      id: "w2",
      instrument: "work",
      takenOn: "2026-01-12",
      answers: { status: "not_employed", daysOffSick: null },
      score: 0,
    },
    { id: "f1", instrument: "fabq", takenOn: "2026-01-05", answers: { ratings }, score: 38 },
  );
  return patientBundle(record, "2026-02-01", NOW);
}
const resources = () => (bundle().entry ?? []).map((e) => e.resource!);

describe("work status and FABQ in the FHIR bundle", () => {
  beforeAll(() => void fhirValidator(), 120_000);

  it("stays a valid bundle whose references resolve", () => {
    const b = bundle();
    expect(schemaErrors(b)).toEqual([]);
    expect(unresolvedReferences(b)).toEqual([]);
  });

  it("exports work status as LOINC 74165-2 with a local status code and days off sick as a component", () => {
    const work = resources().filter(
      (r): r is Observation => r.resourceType === "Observation" && r.code.coding?.[0]?.code === "74165-2",
    );
    expect(work).toHaveLength(2);
    expect(work[0]?.valueCodeableConcept?.coding?.[0]).toMatchObject({
      system: GRADUS_WORK_STATUS,
      code: "off_sick",
    });
    expect(work[0]?.component?.[0]?.valueQuantity).toMatchObject({ value: 5, code: "d" });
    expect(work[1]?.component).toBeUndefined();
    expect(work[0]?.category?.[0]?.coding?.[0]?.code).toBe("social-history");
  });

  it("exports the FABQ as a 16-item response with both subscales and their cut-offs", () => {
    const fabq = resources().find(
      (r): r is QuestionnaireResponse => r.resourceType === "QuestionnaireResponse" && r.item?.length === 16,
    );
    expect(fabq?.item?.[14]).toMatchObject({ linkId: "fabq-15", answer: [{ valueInteger: 5 }] });
    const subscales = resources().filter(
      (r): r is Observation =>
        r.resourceType === "Observation" && r.derivedFrom?.[0]?.reference === `urn:uuid:${fabq?.id}`,
    );
    expect(subscales.map((o) => [o.code.coding?.[0]?.code, o.valueQuantity?.value])).toEqual([
      ["fabq-physical-activity", 17],
      ["fabq-work", 38],
    ]);
    expect(subscales[1]?.interpretation?.[0]?.text).toMatch(/^Above the cut-off > 34/);
  });
});
