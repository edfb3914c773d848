import "server-only";
import type { Metadata } from "next";
import { AddPatientForm } from "@/components/clinic/add-patient-form";
import { getDb } from "@/db/client";
import { clinicTimeZone, listClinicians } from "@/db/queries/patients";
import { requireStaff } from "@/lib/auth/session";
import { addPatientAction } from "./actions";

export const metadata: Metadata = { title: "Add patient" };

export default async function NewPatientPage() {
  const actor = await requireStaff();
  const db = await getDb();
  const [clinicians, defaultTimeZone] = await Promise.all([
    listClinicians(db, actor),
    clinicTimeZone(db, actor),
  ]);
  const defaultClinicianId = clinicians.some((c) => c.id === actor.userId)
    ? actor.userId
    : (clinicians[0]?.id ?? "");
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-semibold tracking-tight">Add patient</h1>
      <p className="mt-1 text-sm text-slate-600">
        You will get a one-time invite link to send to the patient. It works for 7 days.
      </p>
      <AddPatientForm
        addPatient={addPatientAction}
        clinicians={clinicians}
        timeZones={Intl.supportedValuesOf("timeZone")}
        defaults={{ timeZone: defaultTimeZone, primaryClinicianId: defaultClinicianId }}
      />
    </div>
  );
}
