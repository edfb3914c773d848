import { EMAIL_KINDS } from "@/lib/outbox/kinds";

export function kindLabel(kind: string): string {
  return (EMAIL_KINDS as Record<string, string>)[kind] ?? kind;
}

/** "Sent", "Failed: <reason>", "Waiting to be sent" or "Not sent: no mail server…". */
export function outboxStatusLabel(item: { status: string; reason: string | null }): string {
  if (item.status === "sent") return "Sent";
  if (item.status === "failed") return `Failed${item.reason ? `: ${item.reason}` : ""}`;
  return item.reason ?? "Waiting to be sent";
}

export function formatOutboxTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(at);
}
