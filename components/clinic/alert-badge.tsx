import type { Alert } from "@/lib/domain/alerts";

const look: Record<Alert["severity"], string> = {
  critical: "bg-red-700 text-white ring-red-700",
  high: "bg-amber-100 text-amber-950 ring-amber-300",
  low: "bg-sky-50 text-sky-900 ring-sky-200",
};

const word: Record<Alert["severity"], string> = { critical: "Critical", high: "High", low: "Low" };

/** An alert with its severity and reason in words. */
export function AlertBadge({ alert }: { alert: Alert }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${look[alert.severity]}`}
    >
      <span className="font-semibold">{word[alert.severity]}:</span> {alert.reason}
    </span>
  );
}
