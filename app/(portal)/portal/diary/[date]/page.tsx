import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DiaryForm } from "@/components/portal/diary/diary-form";
import { getDb } from "@/db/client";
import { auditView } from "@/lib/auth/audit-view";
import { loadDiaryDay } from "@/lib/diary/day-view";
import { formatLocalDate, isLocalDate } from "@/lib/domain/calendar";
import { requirePatientPastAdvice } from "@/lib/auth/require-patient-past-advice";

export const metadata: Metadata = { title: "Diary day" };

export default async function DiaryDayPage({ params }: { params: Promise<{ date: string }> }) {
  const actor = await requirePatientPastAdvice();
  const { date } = await params;
  if (!isLocalDate(date)) notFound();
  const db = await getDb();
  const day = await loadDiaryDay(db, actor, date);
  if (!day || day.problem === "future") notFound();
  await auditView(db, actor, "portal.diary_day.view", actor.patientId, { date });

  return (
    <div className="flex flex-col gap-5">
      <Link href="/portal/diary" className="text-sm font-medium text-brand-700">
        ← Back to diary
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight">{formatLocalDate(day.date, "long")}</h1>
      {day.editable ? (
        <DiaryForm date={day.date} dayLabel="that day" activities={day.activities} initial={day.entry} />
      ) : (
        <p className="text-slate-700">This day is more than a week ago, so it can no longer be changed.</p>
      )}
    </div>
  );
}
