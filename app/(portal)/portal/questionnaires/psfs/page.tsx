import "server-only";
import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { PsfsForm } from "@/components/portal/outcomes/psfs-form";
import { getDb } from "@/db/client";
import { getOwnPatient } from "@/db/queries/patients";
import { auditView } from "@/lib/auth/audit-view";
import { localDate } from "@/lib/domain/local-time";
import { ownMeasures } from "@/lib/outcomes/own-measures";
import { submitPsfsAction } from "../actions";
import { requirePatientPastAdvice } from "@/lib/auth/require-patient-past-advice";

export const metadata: Metadata = { title: "Activities you find hard" };

export default async function PsfsPage() {
  const actor = await requirePatientPastAdvice();
  const db = await getDb();
  const patient = await getOwnPatient(db, actor);
  if (!patient) notFound();
  const { psfsActivities } = await ownMeasures(db, actor, localDate(patient.timeZone));
  await auditView(db, actor, "portal.psfs.view", actor.patientId);
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Activities you find hard</h1>
        <p className="mt-2 text-slate-700">
          {psfsActivities === null
            ? "Name 1 to 5 everyday things your back makes hard. Then say how well you can do each one today. We will ask about the same things every two weeks, so you and your physio can see what changes."
            : "How well can you do these activities today? These are the activities you named at the start."}
        </p>
      </div>
      <PsfsForm clientId={randomUUID()} activities={psfsActivities} submit={submitPsfsAction} />
    </div>
  );
}
