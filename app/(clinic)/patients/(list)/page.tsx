import type { Metadata } from "next";
import { PatientTable } from "@/components/clinic/patient-table";
import { ButtonLink } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { listPatients } from "@/db/queries/patients";
import { requireStaff } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Patients" };

export default async function PatientsPage() {
  const actor = await requireStaff();
  const patients = await listPatients(await getDb(), actor);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Patients</h1>
          <p className="text-sm text-slate-600">
            {patients.length === 1 ? "1 patient" : `${patients.length} patients`} in your clinic
          </p>
        </div>
        <ButtonLink href="/patients/new">Add patient</ButtonLink>
      </div>
      <PatientTable patients={patients} currentUserId={actor.userId} />
    </div>
  );
}
