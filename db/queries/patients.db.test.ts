import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { makeClinic, makePatient, makeStaff, patientActor } from "../testing/factories";
import { getOwnPatient, getPatient } from "./patients";
import type { StaffActor } from "../actor";

let t: TestDatabase;
let anna: StaffActor;
let otherClinician: StaffActor;

beforeAll(async () => {
  t = await createTestDatabase();
  const clinic = await makeClinic(t.db, { name: "Riverside" });
  const other = await makeClinic(t.db, { name: "Hillside" });
  anna = await makeStaff(t.db, clinic.id, { name: "Anna" });
  otherClinician = await makeStaff(t.db, other.id, { name: "Other" });
});
afterAll(() => t.destroy());

describe("scoping", () => {
  it("answers null for another clinic's patient, as for a missing one", async () => {
    const theirs = await makePatient(t.db, otherClinician);
    expect(await getPatient(t.db, anna, theirs.id)).toBeNull();
    expect(await getPatient(t.db, otherClinician, theirs.id)).toMatchObject({ id: theirs.id });
  });

  it("gives a patient only their own record", async () => {
    const maria = await makePatient(t.db, anna, { withAccount: true, fullName: "Maria" });
    const james = await makePatient(t.db, anna, { withAccount: true, fullName: "James" });
    expect(await getOwnPatient(t.db, patientActor(maria))).toMatchObject({ id: maria.id, fullName: "Maria" });
    // A forged actor pairing James's patient id with Maria's account finds nothing.
    expect(await getOwnPatient(t.db, { ...patientActor(maria), patientId: james.id })).toBeNull();
  });
});
