import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { FabqForm } from "@/components/portal/outcomes/fabq-form";
import { submitFabqAction } from "../actions";
import { requirePatientPastAdvice } from "@/lib/auth/require-patient-past-advice";

export const metadata: Metadata = { title: "Pain, activity and work" };

export default async function FabqPage() {
  await requirePatientPastAdvice();
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Pain, activity and work</h1>
        <p className="mt-2 text-slate-700">
          Other people with back pain have said these things. For each one, pick how much you agree. 0 means
          you do not agree at all. 6 means you fully agree. There are no right answers. You only do this once.
        </p>
      </div>
      <FabqForm clientId={randomUUID()} submit={submitFabqAction} />
    </div>
  );
}
