import { Card } from "@/components/ui/card";
import type { OutboxMessage } from "@/db/queries/outbox";
import { formatOutboxTime, kindLabel, outboxStatusLabel } from "./outbox-labels";

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** The plain-text body with its web addresses as links (the HTML body is never rendered as HTML here). */
function TextWithLinks({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_PATTERN).map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} className="break-all text-brand-700 underline underline-offset-4">
            {part}
          </a>
        ) : (
          <span key={index}>{part}</span>
        ),
      )}
    </>
  );
}

export function OutboxMessageView({ message, timeZone }: { message: OutboxMessage; timeZone: string }) {
  return (
    <Card>
      <h1 className="text-xl font-semibold">{message.subject}</h1>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">Kind</dt>
        <dd>{kindLabel(message.kind)}</dd>
        <dt className="text-slate-600">To</dt>
        <dd className="break-all">{message.recipient}</dd>
        <dt className="text-slate-600">Status</dt>
        <dd>{outboxStatusLabel(message)}</dd>
        <dt className="text-slate-600">Created</dt>
        <dd>{formatOutboxTime(message.createdAt, timeZone)}</dd>
        {message.sentAt ? (
          <>
            <dt className="text-slate-600">Sent</dt>
            <dd>{formatOutboxTime(message.sentAt, timeZone)}</dd>
          </>
        ) : null}
        <dt className="text-slate-600">Attempts</dt>
        <dd>{message.attempts}</dd>
      </dl>
      <section aria-labelledby="outbox-message-text">
        <h2 id="outbox-message-text" className="mt-6 font-semibold">
          Message
        </h2>
        <div className="mt-2 rounded-md border border-slate-200 bg-slate-50 p-4 text-sm whitespace-pre-wrap">
          <TextWithLinks text={message.textBody} />
        </div>
      </section>
    </Card>
  );
}
