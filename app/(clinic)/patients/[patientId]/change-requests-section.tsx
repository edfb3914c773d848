import "server-only";
import type { StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { getFlareUpPlan, listClinicChangeRequests, listFlareUpHolds } from "@/db/queries/change-requests";
import { listPatientEntries } from "@/db/queries/diary";
import type { StoredPlan } from "@/db/queries/plans";
import { ChangeRequestList } from "@/components/clinic/change-requests/change-request-list";
import { FlareUpPlanForm } from "@/components/clinic/change-requests/flare-up-plan-form";
import { Card } from "@/components/ui/card";
import { addDays, dateRange, formatLocalDate } from "@/lib/domain/calendar";
import { planQuotasOn } from "@/lib/domain/graded-activity/plan-schedule";
import { UNIT_LABEL } from "@/lib/domain/graded-activity/units";
import { localDate } from "@/lib/domain/local-time";
import { declineChangeRequestAction, setFlareUpPlanAction } from "./change-request-actions";

/**
 * The patient page's change requests (open ones first, each beside the last two weeks of its activity) and
 * the flare-up plan agreed in advance with the holds the patient started.
 */
export async function ChangeRequestsSection({
  db,
  actor,
  patientId,
  timeZone,
  plan,
  today,
}: {
  db: Database;
  actor: StaffActor;
  patientId: string;
  timeZone: string;
  plan: StoredPlan | null;
  today: string;
}) {
  const from = addDays(today, -13);
  const [requests, setting, holds, entries] = await Promise.all([
    listClinicChangeRequests(db, actor, { patientId, limit: 10 }),
    getFlareUpPlan(db, actor.clinicId, patientId),
    listFlareUpHolds(db, actor.clinicId, patientId, 3),
    listPatientEntries(db, actor, patientId, from, today),
  ]);
  const open = requests.filter((r) => r.status === "open");
  const shown = [...open, ...requests.filter((r) => r.status !== "open").slice(0, 3)];
  const days = dateRange(from, today);
  const unitOf = (key: string | null) =>
    plan?.revisions.at(-1)?.activities.find((a) => a.key === key)?.unit ?? null;

  return (
    <>
      <Card className={open.length > 0 ? "border-brand-300" : ""}>
        <h2 className="font-semibold">Change requests{open.length > 0 ? ` (${open.length} open)` : ""}</h2>
        <div className="mt-3">
          <ChangeRequestList
            patientId={patientId}
            decline={declineChangeRequestAction.bind(null, patientId)}
            requests={shown.map((r) => {
              const unit = unitOf(r.activityKey);
              return {
                ...r,
                unitLabel: unit ? UNIT_LABEL[unit].many : null,
                askedOn: formatLocalDate(localDate(timeZone, r.createdAt), "long"),
                recent:
                  r.status === "open" && r.activityKey && plan
                    ? days.map((date) => ({
                        date,
                        done:
                          entries
                            .find((e) => e.date === date)
                            ?.activities.find((a) => a.key === r.activityKey)?.amount ?? null,
                        quota:
                          planQuotasOn(plan.revisions, date).find((q) => q.activity.key === r.activityKey)
                            ?.quota ?? null,
                      }))
                    : [],
              };
            })}
          />
        </div>
      </Card>
      <Card>
        <h2 className="font-semibold">Flare-up plan agreed in advance</h2>
        <p className="mt-1 text-sm text-slate-600">
          Off by default. When on, the patient can hold today&apos;s quotas after logging a flare-up; you get
          an alert, and they cannot start another until you have acknowledged it.
        </p>
        {holds.length > 0 ? (
          <ul className="mt-3 text-sm">
            {holds.map((h) => (
              <li key={h.id}>
                Hold from {formatLocalDate(h.startedOn)} to {formatLocalDate(h.endsOn)} (revision{" "}
                {h.revisionNumber}){h.seen ? "" : " · not yet acknowledged"}
              </li>
            ))}
          </ul>
        ) : null}
        <div className="mt-4">
          <FlareUpPlanForm
            save={setFlareUpPlanAction.bind(null, patientId)}
            initial={setting ?? { enabled: false, maxDays: 3, plan: "" }}
          />
        </div>
      </Card>
    </>
  );
}
