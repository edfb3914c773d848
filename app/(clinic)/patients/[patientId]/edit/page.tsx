import "server-only";
import type { Metadata } from "next";
import { EditPatientForm } from "@/components/clinic/edit-patient-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { listClinicians } from "@/db/queries/patients";
import { staffPatientFromParams } from "@/lib/auth/staff-patient";
import { editPatientAction } from "./actions";

export const metadata: Metadata = { title: "Edit patient details" };

export default async function EditPatientPage({ params }: { params: Promise<{ patientId: string }> }) {
  const { actor, db, patient } = await staffPatientFromParams(params);
  const clinicians = await listClinicians(db, actor);
  // The current physio stays choosable even if their account was since disabled (saving elsewhere is refused).
  const options = clinicians.some((c) => c.id === patient.primaryClinicianId)
    ? clinicians
    : [{ id: patient.primaryClinicianId, name: patient.primaryClinicianName }, ...clinicians];
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <Breadcrumbs
        trail={[
          { label: "Patients", href: "/patients" },
          { label: patient.fullName, href: `/patients/${patient.id}` },
          { label: "Edit details" },
        ]}
      />
      <h1 className="text-2xl font-semibold tracking-tight">Edit details</h1>
      <p className="text-sm text-slate-600">
        Every change is kept in the record&apos;s access history with what it was before.
      </p>
      <EditPatientForm
        save={editPatientAction.bind(null, patient.id)}
        cancelHref={`/patients/${patient.id}`}
        clinicians={options}
        timeZones={Intl.supportedValuesOf("timeZone")}
        initial={{
          fullName: patient.fullName,
          email: patient.email,
          phone: patient.phone ?? "",
          dateOfBirth: patient.dateOfBirth ?? "",
          recordNumber: patient.recordNumber ?? "",
          timeZone: patient.timeZone,
          condition: patient.condition ?? "",
          primaryClinicianId: patient.primaryClinicianId,
          version: String(patient.version),
        }}
      />
    </div>
  );
}
