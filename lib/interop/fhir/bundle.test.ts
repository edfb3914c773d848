import { beforeAll, describe, expect, it } from "vitest";
import type { CarePlan, Observation, QuestionnaireResponse } from "fhir/r4";
import { patientBundle } from "./bundle";
import { sampleRecord } from "./testing/sample-record";
import { fhirValidator, schemaErrors, unresolvedReferences } from "./testing/validate-bundle";

const NOW = new Date("2026-02-01T12:00:00Z");
const bundle = () => patientBundle(sampleRecord(), "2026-02-01", NOW);
const ofType = <T>(type: string) =>
  (bundle().entry ?? []).map((e) => e.resource).filter((r) => r?.resourceType === type) as T[];

describe("patientBundle", () => {
  beforeAll(() => void fhirValidator(), 120_000);

  it("is a valid FHIR R4 collection whose references all resolve inside it", () => {
    const b = bundle();
    expect(b.type).toBe("collection");
    expect(schemaErrors(b)).toEqual([]);
    expect(unresolvedReferences(b)).toEqual([]);
  });

  it("gives the same ids when exported twice", () => {
    expect(bundle().entry?.map((e) => e.fullUrl)).toEqual(bundle().entry?.map((e) => e.fullUrl));
  });

  it("has one CarePlan version per revision, the newer replacing the older", () => {
    const [first, second] = ofType<CarePlan>("CarePlan");
    expect(first?.status).toBe("revoked");
    expect(first?.period).toEqual({ start: "2026-01-05", end: "2026-01-19" });
    expect(second?.status).toBe("active");
    expect(second?.replaces).toEqual([{ reference: `urn:uuid:${first?.id}` }]);
    const walking = second?.activity?.find((a) => a.detail?.code?.text === "Walking");
    expect(walking?.detail?.dailyAmount).toMatchObject({ value: 14, code: "min" });
    const squats = second?.activity?.find((a) => a.detail?.code?.text === "Sit to stand");
    expect(squats?.detail?.status).toBe("not-started");
    expect(squats?.detail?.dailyAmount).toBeUndefined();
  });

  it("codes pain, minutes and steps with LOINC and keeps repetitions by name", () => {
    const obs = ofType<Observation>("Observation");
    const code = (o: Observation) => o.code.coding?.[0]?.code;
    const pain = obs.filter((o) => code(o) === "72514-3");
    expect(pain.map((o) => o.valueInteger)).toEqual([5, 6]);
    expect(obs.find((o) => code(o) === "55411-3")?.valueQuantity).toMatchObject({ value: 14, unit: "min" });
    expect(obs.find((o) => code(o) === "41950-7")?.valueQuantity).toMatchObject({
      value: 3100,
      unit: "steps",
    });
    expect(obs.find((o) => o.code.text === "Sit to stand, repetitions")?.valueQuantity?.value).toBe(8);
  });

  it("exports PSFS and PEG as responses with a score observation derived from each", () => {
    const responses = ofType<QuestionnaireResponse>("QuestionnaireResponse");
    expect(responses).toHaveLength(2);
    expect(responses[0]?.item?.map((i) => [i.text, i.answer?.[0]?.valueInteger])).toEqual([
      ["Sitting through a meeting", 3],
      ["Walking to the shop", 4],
      ["Lifting my child", 2],
    ]);
    expect(responses[1]?.item?.map((i) => i.linkId)).toEqual(["pain", "enjoyment", "activity"]);
    const scores = ofType<Observation>("Observation").filter((o) => o.derivedFrom);
    expect(scores.map((o) => [o.valueQuantity?.value, o.derivedFrom?.[0]?.reference])).toEqual([
      [3, `urn:uuid:${responses[0]?.id}`],
      [6, `urn:uuid:${responses[1]?.id}`],
    ]);
  });

  it("the schema check rejects what the schema forbids", () => {
    const b = bundle();
    const broken = { ...b, type: "not-a-type" };
    expect(schemaErrors(broken).length).toBeGreaterThan(0);
    const badObservation = {
      resourceType: "Observation",
      status: "final",
      code: { text: "x" },
      valueInteger: "5",
    };
    expect(
      schemaErrors({ ...b, entry: [{ fullUrl: "urn:uuid:x", resource: badObservation }] }).length,
    ).toBeGreaterThan(0);
  });

  it("finds a reference that names nothing in the bundle", () => {
    const b = bundle();
    b.entry = b.entry?.filter((e) => e.resource?.resourceType !== "Patient");
    expect(unresolvedReferences(b).length).toBeGreaterThan(0);
  });
});
