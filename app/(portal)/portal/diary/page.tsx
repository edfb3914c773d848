import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { firstOwnEntryDate, listOwnEntries } from "@/db/queries/diary";
import { getOwnPatient } from "@/db/queries/patients";
import { getOwnPlan } from "@/db/queries/plans";
import { auditView } from "@/lib/auth/audit-view";
import { addDays, dateRange, formatLocalDate } from "@/lib/domain/calendar";
import { careStartDate, rangeStartInCare } from "@/lib/domain/care-start";
import { diaryDateProblem } from "@/lib/domain/diary-window";
import { localDate } from "@/lib/domain/local-time";
import { requirePatientPastAdvice } from "@/lib/auth/require-patient-past-advice";

export const metadata: Metadata = { title: "Diary" };

const DAYS_SHOWN = 14;

export default async function DiaryPage() {
  const actor = await requirePatientPastAdvice();
  const db = await getDb();
  const patient = await getOwnPatient(db, actor);
  if (!patient) notFound();
  const today = localDate(patient.timeZone);
  const [plan, firstEntry] = await Promise.all([getOwnPlan(db, actor), firstOwnEntryDate(db, actor)]);
  // Days before care began are not listed as "Not logged".
  const from = rangeStartInCare(
    addDays(today, -(DAYS_SHOWN - 1)),
    today,
    careStartDate({
      addedOn: localDate(patient.timeZone, patient.createdAt),
      firstPlanDay: plan?.revisions[0]?.effectiveFrom,
      firstEntryDay: firstEntry,
    }),
  );
  const entries = new Map((await listOwnEntries(db, actor, from, today)).map((e) => [e.date, e]));
  await auditView(db, actor, "portal.diary.view", actor.patientId);
  const days = dateRange(from, today).reverse();

  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your diary</h1>
        <p className="text-sm text-slate-600">
          You can add or change the last 7 days. Older days are kept as they are.
        </p>
      </div>
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
        {days.map((d) => {
          const entry = entries.get(d);
          const editable = diaryDateProblem(d, today) === null;
          const label =
            d === today ? "Today" : d === addDays(today, -1) ? "Yesterday" : formatLocalDate(d, "medium");
          const summary = entry
            ? `Pain ${entry.painAverage}/10${entry.flareUp ? " · flare-up" : ""}`
            : "Not logged";
          const content = (
            <>
              <span className="font-medium">{label}</span>
              <span className={`whitespace-nowrap text-sm ${entry ? "text-slate-700" : "text-slate-600"}`}>
                {summary}
              </span>
            </>
          );
          return (
            <li key={d}>
              {editable ? (
                <Link
                  href={d === today ? "/portal" : `/portal/diary/${d}`}
                  className="flex min-h-14 items-center justify-between gap-3 px-4 py-3 hover:bg-slate-50"
                >
                  {content}
                  <span className="sr-only">{entry ? ", change" : ", add"}</span>
                </Link>
              ) : (
                <div className="flex min-h-14 items-center justify-between gap-3 px-4 py-3">{content}</div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
