import Link from "next/link";
import type { OutboxListItem } from "@/db/queries/outbox";
import { kindLabel, outboxStatusLabel, formatOutboxTime } from "./outbox-labels";

/** The clinic's outgoing email, newest first: what, to whom, where it stands, when. */
export function OutboxTable({ items, timeZone }: { items: OutboxListItem[]; timeZone: string }) {
  if (items.length === 0)
    return <p className="text-sm text-slate-600">No email has been sent from this clinic yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Outgoing email</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              Kind
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              To
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Status
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Time
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b border-slate-100 align-top">
              <td className="py-2 pr-4 whitespace-nowrap">
                <Link
                  href={`/clinic/outbox/${item.id}`}
                  className="font-medium text-brand-700 underline underline-offset-4"
                >
                  {kindLabel(item.kind)}
                  <span className="sr-only"> to {item.recipient}</span>
                </Link>
              </td>
              <td className="py-2 pr-4 [overflow-wrap:anywhere] sm:whitespace-nowrap">{item.recipient}</td>
              <td className="py-2 pr-4">{outboxStatusLabel(item)}</td>
              <td className="py-2 pr-4 whitespace-nowrap">{formatOutboxTime(item.createdAt, timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
