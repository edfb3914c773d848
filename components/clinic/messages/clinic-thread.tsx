import type { Message } from "@/db/queries/messages";

/** A patient's thread as the care team reads it, oldest first, in the clinic's time zone. */
export function ClinicThread({
  messages,
  patientName,
  timeZone,
}: {
  messages: Message[];
  patientName: string;
  timeZone: string;
}) {
  if (messages.length === 0)
    return <p className="text-sm text-slate-600">No messages yet. The patient can write from the portal.</p>;
  const time = new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" });
  return (
    <ol aria-label="Messages" className="flex max-h-[28rem] flex-col gap-3 overflow-y-auto">
      {messages.map((m) => (
        <li
          key={m.id}
          className={`max-w-[85%] rounded-xl px-3 py-2 text-sm ${
            m.author === "patient" ? "self-start bg-brand-50" : "self-end border border-slate-200 bg-white"
          }`}
        >
          <p className="text-xs font-medium text-slate-600">
            {m.author === "patient" ? patientName : m.authorName} · {time.format(m.createdAt)}
          </p>
          <p className="mt-1 whitespace-pre-wrap break-words text-slate-900">{m.body}</p>
        </li>
      ))}
    </ol>
  );
}
