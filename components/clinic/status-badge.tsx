import type { PatientStatus } from "@/db/queries/patients";

const look: Record<PatientStatus, { label: string; className: string }> = {
  invited: { label: "Invite sent", className: "bg-amber-50 text-amber-900 ring-amber-200" },
  active: { label: "Active", className: "bg-emerald-50 text-emerald-900 ring-emerald-200" },
  paused: { label: "Paused", className: "bg-red-50 text-red-900 ring-red-200" },
  discharged: { label: "Discharged", className: "bg-slate-100 text-slate-700 ring-slate-200" },
};

export function StatusBadge({ status }: { status: PatientStatus }) {
  const { label, className } = look[status];
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${className}`}
    >
      {label}
    </span>
  );
}
