import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { PegForm } from "@/components/portal/outcomes/peg-form";
import { submitPegAction } from "../actions";
import { requirePatientPastAdvice } from "@/lib/auth/require-patient-past-advice";

export const metadata: Metadata = { title: "Your week with pain" };

export default async function PegPage() {
  await requirePatientPastAdvice();
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your week with pain</h1>
        <p className="mt-2 text-slate-700">
          Three questions about the past 7 days. There are no right answers.
        </p>
      </div>
      <PegForm clientId={randomUUID()} submit={submitPegAction} />
    </div>
  );
}
