import "server-only";
import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { ChangeRequestForm } from "@/components/portal/change-requests/change-request-form";
import { MyChangeRequests } from "@/components/portal/change-requests/my-change-requests";
import { getDb } from "@/db/client";
import { listOwnChangeRequests } from "@/db/queries/change-requests";
import { auditView } from "@/lib/auth/audit-view";
import { requirePatientPastAdvice } from "@/lib/auth/require-patient-past-advice";
import { loadDiaryDay } from "@/lib/diary/day-view";
import { formatLocalDate } from "@/lib/domain/calendar";
import { UNIT_LABEL } from "@/lib/domain/graded-activity/units";
import { localDate } from "@/lib/domain/local-time";
import { createChangeRequestAction } from "./actions";

export const metadata: Metadata = { title: "Ask to change my plan" };

type Props = { searchParams: Promise<{ activity?: string }> };

export default async function ChangeRequestsPage({ searchParams }: Props) {
  const actor = await requirePatientPastAdvice();
  const db = await getDb();
  const [day, requests, query] = await Promise.all([
    loadDiaryDay(db, actor, "today"),
    listOwnChangeRequests(db, actor),
    searchParams,
  ]);
  if (!day) notFound();
  await auditView(db, actor, "portal.change_requests.view", actor.patientId);
  const waiting = new Set(requests.filter((r) => r.status === "open").map((r) => r.activityKey ?? "add"));

  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Ask to change my plan</h1>
        <p className="mt-2 text-slate-700">
          Your plan goes up a little at a time. Your physio decides each change. Tell them what you need and
          why. Your plan stays the same until they answer.
        </p>
      </div>
      {day.plan ? (
        <section className="rounded-xl border border-slate-200 bg-white p-4">
          <ChangeRequestForm
            send={createChangeRequestAction}
            initialClientId={randomUUID()}
            initialActivity={query.activity}
            addWaiting={waiting.has("add")}
            activities={day.activities.map((a) => ({
              key: a.key,
              name: a.name,
              unitLabel: UNIT_LABEL[a.unit].many,
              quota: a.quota,
              waiting: waiting.has(a.key),
            }))}
          />
        </section>
      ) : (
        <p className="text-slate-700">You can ask for a change once your physio has made your plan.</p>
      )}
      <section aria-labelledby="my-requests" className="flex flex-col gap-3">
        <h2 id="my-requests" className="text-lg font-semibold">
          What you asked
        </h2>
        <MyChangeRequests
          clinicianName={day.patient.clinicianName}
          requests={requests.map((r) => ({
            ...r,
            askedOn: formatLocalDate(localDate(day.patient.timeZone, r.createdAt), "long"),
          }))}
        />
      </section>
    </div>
  );
}
