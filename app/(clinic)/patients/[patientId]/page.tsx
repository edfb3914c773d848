import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InvitePanel } from "@/components/clinic/invite-panel";
import { StatusBadge } from "@/components/clinic/status-badge";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { getPatient } from "@/db/queries/patients";
import { requireStaff } from "@/lib/auth/session";
import { patientIdSchema } from "@/lib/validation/patient";
import { reissueInviteAction } from "./actions";

export const metadata: Metadata = { title: "Patient" };

export default async function PatientPage({ params }: { params: Promise<{ patientId: string }> }) {
  const actor = await requireStaff();
  const id = patientIdSchema.safeParse((await params).patientId);
  if (!id.success) notFound();
  const patient = await getPatient(await getDb(), actor, id.data);
  if (!patient) notFound();

  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/patients" className="text-brand-700 hover:underline">
          Patients
        </Link>
        <span className="text-slate-400"> / </span>
        <span aria-current="page">{patient.fullName}</span>
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{patient.fullName}</h1>
        <StatusBadge status={patient.status} />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 className="font-semibold">Details</h2>
          <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
            <Detail term="Email" value={patient.email} />
            <Detail term="Physiotherapist" value={patient.primaryClinicianName} />
            <Detail term="Time zone" value={patient.timeZone.replaceAll("_", " ")} />
            <Detail
              term="Added"
              value={new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" }).format(patient.createdAt)}
            />
            <div className="sm:col-span-2">
              <Detail term="Condition" value={patient.condition ?? "Not recorded"} />
            </div>
          </dl>
        </Card>
        <Card>
          <h2 className="font-semibold">Portal access</h2>
          <div className="mt-4">
            {patient.hasAccount ? (
              <p className="text-sm text-slate-700">The patient has set up their account and can sign in.</p>
            ) : (
              <InvitePanel reissue={reissueInviteAction.bind(null, patient.id)} />
            )}
          </div>
        </Card>
      </div>
    </div>
  );
}

function Detail({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt className="text-slate-500">{term}</dt>
      <dd className="mt-0.5 text-slate-900">{value}</dd>
    </div>
  );
}
