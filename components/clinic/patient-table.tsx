import Link from "next/link";
import type { PatientListRow } from "@/db/queries/patients";
import { ButtonLink } from "@/components/ui/button";
import { StatusBadge } from "./status-badge";

export function PatientTable({
  patients,
  currentUserId,
}: {
  patients: PatientListRow[];
  currentUserId: string;
}) {
  if (patients.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
        <h2 className="text-lg font-semibold">No patients yet</h2>
        <p className="mx-auto mt-1 max-w-md text-sm text-slate-600">
          Add your first patient. You will get an invite link to send them, and they set up their own account.
        </p>
        <ButtonLink href="/patients/new" className="mt-4">
          Add patient
        </ButtonLink>
      </div>
    );
  }
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[640px] text-left text-sm">
        <caption className="sr-only">Patients of your clinic, by name</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Patient
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Status
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Physiotherapist
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Time zone
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {patients.map((p) => (
            <tr key={p.id} className="hover:bg-slate-50">
              <td className="px-4 py-3">
                <Link href={`/patients/${p.id}`} className="font-medium text-brand-700 hover:underline">
                  {p.fullName}
                </Link>
                {p.condition ? <p className="mt-0.5 line-clamp-1 text-slate-600">{p.condition}</p> : null}
              </td>
              <td className="px-4 py-3">
                <StatusBadge status={p.status} />
              </td>
              <td className="px-4 py-3 text-slate-700">
                {p.primaryClinicianName}
                {p.primaryClinicianId === currentUserId ? (
                  <span className="text-slate-500"> (you)</span>
                ) : null}
              </td>
              <td className="px-4 py-3 text-slate-600">{p.timeZone.replaceAll("_", " ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
