import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MessageThread } from "@/components/portal/messages/message-thread";
import { getDb } from "@/db/client";
import { listOwnThread, ownUnreadCount } from "@/db/queries/messages";
import { getOwnPatient } from "@/db/queries/patients";
import { auditView } from "@/lib/auth/audit-view";
import { requestMeta } from "@/lib/auth/request-meta";
import { requirePatientPastAdvice } from "@/lib/auth/require-patient-past-advice";
import { markOwnThreadRead } from "@/lib/messages/mark-read";

export const metadata: Metadata = { title: "Messages" };

/** The patient's one thread with their care team; opening it marks the care team's messages read. */
export default async function MessagesPage() {
  const actor = await requirePatientPastAdvice();
  const db = await getDb();
  const patient = await getOwnPatient(db, actor);
  if (!patient) notFound();
  const [messages, unread] = await Promise.all([listOwnThread(db, actor), ownUnreadCount(db, actor)]);
  await markOwnThreadRead({ db, actor, meta: await requestMeta() });
  await auditView(db, actor, "portal.messages.view", actor.patientId);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">Messages</h1>
      <p className="text-slate-700">Write to your care team here. Please do not send photos or files.</p>
      <MessageThread
        messages={messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() }))}
        timeZone={patient.timeZone}
        hadUnread={unread > 0}
      />
    </div>
  );
}
