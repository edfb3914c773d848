import { localDate } from "@/lib/domain/local-time";
import { monthField } from "@/lib/validation/monitoring-record";

/** The month asked for ("YYYY-MM"), or the current month in the clinic's zone when absent; null when malformed. */
export function monthParam(raw: string | string[] | null | undefined, timeZone: string, now = new Date()) {
  if (raw === undefined || raw === null || raw === "") return localDate(timeZone, now).slice(0, 7);
  const parsed = monthField.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const n = y * 12 + (m - 1) + by;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
}
