import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { WorkForm } from "@/components/portal/outcomes/work-form";
import { submitWorkAction } from "../actions";
import { requirePatientPastAdvice } from "@/lib/auth/require-patient-past-advice";

export const metadata: Metadata = { title: "Your work this week" };

export default async function WorkPage() {
  await requirePatientPastAdvice();
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your work this week</h1>
        <p className="mt-2 text-slate-700">Two short questions about the past 7 days.</p>
      </div>
      <WorkForm clientId={randomUUID()} submit={submitWorkAction} />
    </div>
  );
}
