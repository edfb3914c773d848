import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** The patient's calendar date (YYYY-MM-DD) at `instant`, in their own time zone; never the server's. */
export function localDate(timeZone: string, instant: Date = new Date()): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd");
}

export function localHour(timeZone: string, instant: Date = new Date()): number {
  return new TZDate(instant.getTime(), timeZone).getHours();
}

export function greetingFor(hour: number): string {
  if (hour < 5) return "Hello";
  if (hour < 12) return "Good morning";
  if (hour < 18) return "Good afternoon";
  return "Good evening";
}
