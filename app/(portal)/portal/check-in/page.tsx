import "server-only";
import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { CheckInForm } from "@/components/portal/red-flags/check-in-form";
import { getDb } from "@/db/client";
import { getOwnPatient } from "@/db/queries/patients";
import { localDate } from "@/lib/domain/local-time";
import { ownCheckInDue, ownHistoryKnown } from "@/lib/red-flags/check-in-due";
import { submitCheckInAction } from "./actions";
import { requirePatientPastAdvice } from "@/lib/auth/require-patient-past-advice";

export const metadata: Metadata = { title: "Safety questions" };

export default async function CheckInPage() {
  const actor = await requirePatientPastAdvice();
  const db = await getDb();
  const patient = await getOwnPatient(db, actor);
  if (!patient) notFound();
  const [due, historyKnown] = await Promise.all([
    ownCheckInDue(db, actor, localDate(patient.timeZone)),
    ownHistoryKnown(db, actor),
  ]);
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Safety questions</h1>
        <p className="mt-2 text-slate-700">
          {due?.reason ?? "You can answer these at any time if something feels wrong."} Most back pain is not
          serious, but a few signs need a doctor quickly. Please answer each question.
        </p>
      </div>
      <CheckInForm clientId={randomUUID()} historyKnown={historyKnown} submit={submitCheckInAction} />
    </div>
  );
}
