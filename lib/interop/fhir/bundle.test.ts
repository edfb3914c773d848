import { beforeAll, describe, expect, it } from "vitest";
import type { CarePlan, Goal, Observation, Questionnaire, QuestionnaireResponse } from "fhir/r4";
import { patientBundle } from "./bundle";
import { sampleRecord } from "./testing/sample-record";
import { loadMedplumDefinitions, medplumIssues } from "./testing/medplum-validate";
import {
  fhirValidator,
  questionnaireMismatches,
  schemaErrors,
  unresolvedReferences,
} from "./testing/validate-bundle";

const NOW = new Date("2026-02-01T12:00:00Z");
const bundle = () => patientBundle(sampleRecord(), "2026-02-01", NOW);
const ofType = <T>(type: string) =>
  (bundle().entry ?? []).map((e) => e.resource).filter((r) => r?.resourceType === type) as T[];

describe("patientBundle", () => {
  beforeAll(() => {
    fhirValidator();
    loadMedplumDefinitions();
  }, 120_000);

  it("is a valid FHIR R4 collection whose references all resolve inside it", () => {
    const b = bundle();
    expect(b.type).toBe("collection");
    expect(schemaErrors(b)).toEqual([]);
    expect(unresolvedReferences(b)).toEqual([]);
  });

  it("passes Medplum's validator with no error and no warning", () => {
    expect(medplumIssues(bundle())).toEqual({ errors: [], warnings: [] });
  });

  it("Medplum's validator finds what breaks an invariant", () => {
    const b = bundle();
    const group = { linkId: "g", type: "group" }; // que-1: a group needs items
    const q = { resourceType: "Questionnaire", status: "active", item: [group] };
    expect(medplumIssues({ ...b, entry: [{ fullUrl: "urn:uuid:x", resource: q }] }).errors).not.toEqual([]);
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

  const code = (o: Observation) => o.code.coding?.find((c) => c.system === "http://loinc.org")?.code;
  const activityObservation = (text: string) =>
    ofType<Observation>("Observation").find((o) => o.code.text === text);

  it("exports pain now as the pain NRS (LOINC 72514-3) and average pain over the day beside it", () => {
    const obs = ofType<Observation>("Observation");
    expect(obs.filter((o) => code(o) === "72514-3").map((o) => o.valueInteger)).toEqual([6, 7]);
    const average = obs.filter((o) => o.code.text === "Average pain over the day (NRS 0-10)");
    expect(average.map((o) => o.valueInteger)).toEqual([5, 6]);
    expect(average.every((o) => o.code.coding?.length === 1 && code(o) === undefined)).toBe(true);
  });

  it("codes each activity as itself, with its amount in UCUM, and never sitting as exercise", () => {
    const obs = ofType<Observation>("Observation");
    expect(obs.filter((o) => code(o) === "55411-3")).toEqual([]);
    const sitting = activityObservation("Sitting, minutes");
    expect(sitting?.code.coding).toEqual([
      expect.objectContaining({
        code: "sitting",
        display: "Sitting",
        system: expect.stringMatching(/^urn:uuid:/),
      }),
    ]);
    expect(sitting?.valueQuantity).toEqual({
      value: 25,
      unit: "min",
      system: "http://unitsofmeasure.org",
      code: "min",
    });
    expect(activityObservation("Sit to stand, repetitions")?.valueQuantity).toEqual({
      value: 8,
      unit: "repetitions",
      system: "http://unitsofmeasure.org",
      code: "{repetitions}",
    });
    expect(activityObservation("Walking distance, metres")?.valueQuantity).toEqual({
      value: 450,
      unit: "m",
      system: "http://unitsofmeasure.org",
      code: "m",
    });
    expect(activityObservation("Daily steps, steps")?.code.coding?.map((c) => c.code)).toEqual([
      "41950-7",
      "daily_steps",
    ]);
    // Every activity observation carries a code, not text alone.
    expect(obs.filter((o) => !o.code.coding?.length)).toEqual([]);
  });

  it("keeps one active Goal per activity: a replaced target is cancelled, saying what replaced it", () => {
    const goals = ofType<Goal>("Goal").filter((g) => g.description.text?.startsWith("Walking:"));
    expect(goals.map((g) => [g.description.text, g.lifecycleStatus])).toEqual([
      ["Walking: 30 minutes a day", "cancelled"],
      ["Walking: 40 minutes a day", "active"],
    ]);
    expect(goals[0]?.statusDate).toBe("2026-01-20");
    expect(goals[0]?.statusReason).toMatch(/revision 2/);
    expect(goals[1]?.target?.[0]?.detailQuantity).toMatchObject({ value: 40, comparator: ">=", code: "min" });
  });

  it("dates SMART goals in the patient's time zone and says which way each target points", () => {
    const smart = ofType<Goal>("Goal").filter((g) => g.id?.startsWith("b2b2b2b2"));
    expect(smart.map((g) => g.startDate)).toEqual(["2026-01-05", "2026-01-06", "2026-01-05"]);
    expect(smart.map((g) => g.target?.[0]?.detailQuantity?.comparator)).toEqual([">=", "<=", ">="]);
    expect(smart[1]?.target?.[0]?.detailQuantity?.value).toBe(3);
  });

  it("answers PSFS as a repeating group, each with the activity named and rated", () => {
    const psfs = ofType<Questionnaire>("Questionnaire").find((q) => q.name === "PSFS");
    expect(psfs?.item?.[0]).toMatchObject({ type: "group", repeats: true });
    const responses = ofType<QuestionnaireResponse>("QuestionnaireResponse");
    expect(responses).toHaveLength(2);
    const rows = responses[0]?.item?.map((group) =>
      group.item?.map((i) => i.answer?.[0]?.valueString ?? i.answer?.[0]?.valueInteger),
    );
    expect(rows).toEqual([
      ["Sitting through a meeting", 3],
      ["Walking to the shop", 4],
      ["Lifting my child", 2],
    ]);
    expect(responses[1]?.item?.map((i) => i.linkId)).toEqual(["pain", "enjoyment", "activity"]);
    expect(questionnaireMismatches(bundle())).toEqual([]);
    const scores = ofType<Observation>("Observation").filter((o) => o.derivedFrom);
    expect(scores.map((o) => [o.valueQuantity?.value, o.derivedFrom?.[0]?.reference])).toEqual([
      [3, `urn:uuid:${responses[0]?.id}`],
      [6, `urn:uuid:${responses[1]?.id}`],
    ]);
  });

  it("the questionnaire check finds a question repeated as sibling items", () => {
    const b = bundle();
    const peg = b.entry?.find(
      (e) => e.resource?.resourceType === "QuestionnaireResponse" && e.resource.item?.[0]?.linkId === "pain",
    );
    const response = peg?.resource as QuestionnaireResponse;
    response.item = [...(response.item ?? []), response.item![0]!];
    expect(questionnaireMismatches(b)).toEqual([expect.stringMatching(/pain: appears 2 times/)]);
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
