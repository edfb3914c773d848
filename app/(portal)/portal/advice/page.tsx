import "server-only";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AdviceScreen } from "@/components/portal/red-flags/advice-screen";
import { getDb } from "@/db/client";
import { getOwnPatient } from "@/db/queries/patients";
import { unreadOwnAdvice } from "@/db/queries/red-flags";
import { auditView } from "@/lib/auth/audit-view";
import { requirePatient } from "@/lib/auth/session";
import { confirmAdviceAction } from "../check-in/actions";

export const metadata: Metadata = { title: "Please read this now" };

/** Urgent or emergency advice the patient must confirm; every other portal page sends them here until then. */
export default async function AdvicePage() {
  const actor = await requirePatient();
  const db = await getDb();
  const [advice, patient] = await Promise.all([unreadOwnAdvice(db, actor), getOwnPatient(db, actor)]);
  if (!advice || advice.tier === "none") redirect("/portal");
  await auditView(db, actor, "portal.advice.view", actor.patientId, { tier: advice.tier });
  return (
    <AdviceScreen
      tier={advice.tier}
      answers={advice.answers}
      clinic={{
        name: patient?.clinicName ?? "your clinic",
        phone: patient?.clinicPhone ?? null,
        outOfHoursPhone: patient?.clinicOutOfHoursPhone ?? null,
        country: patient?.clinicCountry ?? null,
      }}
      confirm={confirmAdviceAction.bind(null, advice.id)}
    />
  );
}
