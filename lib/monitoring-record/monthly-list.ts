import "server-only";
import type { StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { clinicMessageTimes } from "@/db/queries/messages";
import { clinicDataDates, monitoringRoster } from "@/db/queries/monitoring-record";
import { clinicTimeLog } from "@/db/queries/time-log";
import { addDays } from "@/lib/domain/calendar";
import { localDate } from "@/lib/domain/local-time";
import { MONITORING_RULES, monthBounds, monthRecord, type MonthRecord } from "@/lib/domain/monitoring-record";

export type MonitoringRow = { patientId: string; fullName: string; timeZone: string; record: MonthRecord };

/**
 * The clinic's monthly monitoring list: each patient's periods ending in the month (and the running one),
 * minutes logged in the month and interactive contact, counted by lib/domain/monitoring-record from the data.
 */
export async function monthlyList(
  db: Database,
  actor: StaffActor,
  month: string,
  now = new Date(),
  onlyPatientId?: string,
): Promise<MonitoringRow[]> {
  const { first, last } = monthBounds(month);
  // Periods ending in the month began up to 29 days before it; instants are read with a day's margin for zones.
  const dataFrom = addDays(first, -(MONITORING_RULES.periodDays - 1));
  const since = new Date(`${addDays(first, -2)}T00:00:00Z`);
  const [roster, data, time, messages] = await Promise.all([
    monitoringRoster(db, actor, onlyPatientId),
    clinicDataDates(db, actor, dataFrom, addDays(last, 1), onlyPatientId),
    clinicTimeLog(db, actor, since, onlyPatientId),
    clinicMessageTimes(db, actor, since, onlyPatientId),
  ]);
  return roster.map((p) => ({
    patientId: p.id,
    fullName: p.fullName,
    timeZone: p.timeZone,
    record: monthRecord({
      month,
      timeZone: p.timeZone,
      start: p.start,
      today: localDate(p.timeZone, now),
      data: data.filter((d) => d.patientId === p.id),
      time: time.filter((t) => t.patientId === p.id),
      messages: messages.filter((m) => m.patientId === p.id),
    }),
  }));
}
