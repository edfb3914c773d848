import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OutboxMessageView } from "@/components/clinic/outbox/outbox-message";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getDb } from "@/db/client";
import { getClinicOutboxMessage } from "@/db/queries/outbox";
import { clinicTimeZone } from "@/db/queries/patients";
import { requireAdmin } from "@/lib/auth/session";
import { z } from "zod";

export const metadata: Metadata = { title: "Email", referrer: "no-referrer" };

/** One email of the clinic's outbox, to read and follow its links. Clinic admins only. */
export default async function OutboxMessagePage({ params }: { params: Promise<{ messageId: string }> }) {
  const actor = await requireAdmin();
  const id = z.uuid().safeParse((await params).messageId);
  if (!id.success) notFound();
  const db = await getDb();
  const [message, timeZone] = await Promise.all([
    getClinicOutboxMessage(db, actor, id.data),
    clinicTimeZone(db, actor),
  ]);
  if (!message) notFound();
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <Breadcrumbs trail={[{ label: "Outbox", href: "/clinic/outbox" }, { label: message.subject }]} />
      <OutboxMessageView message={message} timeZone={timeZone} />
    </div>
  );
}
