import "server-only";
import { randomUUID } from "node:crypto";
import { AcknowledgementNotes } from "@/components/clinic/acknowledgement-notes";
import { ClinicThread } from "@/components/clinic/messages/clinic-thread";
import { ReplyForm } from "@/components/clinic/messages/reply-form";
import { CheckInHistory } from "@/components/clinic/red-flags/check-in-history";
import { TimeLogForm } from "@/components/clinic/time-log/time-log-form";
import { TimeLogList } from "@/components/clinic/time-log/time-log-list";
import { listAcknowledgements } from "@/db/queries/alerts";
import { listTemplates, listThread } from "@/db/queries/messages";
import { listRedFlagReports } from "@/db/queries/red-flags";
import { listTimeLog } from "@/db/queries/time-log";
import { requestMeta } from "@/lib/auth/request-meta";
import { markThreadRead } from "@/lib/messages/mark-read";
import { loadPatientRecord } from "@/lib/patients/patient-record";
import { sendMessageAction } from "./message-actions";
import { logTimeAction } from "./time-log-actions";

// The patient page's sections below the first screen that read more than the page's record: each is streamed
// behind a Suspense boundary (page.tsx), so the review card and the plan are not kept waiting for them. The
// record itself (who may see this patient, 404 otherwise) comes from the page's per-request cache: `recordId`
// is the page's own route parameter, the cache's key, so the record is not loaded twice.

/** The message thread with the reply form; opening the patient marks the thread read for this clinician. */
export async function MessagesSection({ recordId, clinicZone }: { recordId: string; clinicZone: string }) {
  const { actor, db, patient } = await loadPatientRecord(recordId);
  const [thread, templates] = await Promise.all([
    listThread(db, actor, patient.id),
    listTemplates(db, actor),
  ]);
  // Read state is per reader: only this clinician's unread marks are cleared.
  await markThreadRead({ db, actor, meta: await requestMeta() }, { patientId: patient.id });
  return (
    <div className="flex flex-col gap-4">
      <ClinicThread messages={thread} patientName={patient.fullName} timeZone={clinicZone} />
      <ReplyForm
        clientId={randomUUID()}
        reply={sendMessageAction.bind(null, patient.id)}
        logTime={logTimeAction.bind(null, patient.id)}
        templates={templates}
        nextLogClientId={randomUUID()}
      />
    </div>
  );
}

export async function TimeLogSection({ recordId, clinicZone }: { recordId: string; clinicZone: string }) {
  const { actor, db, patient } = await loadPatientRecord(recordId);
  const timeLog = await listTimeLog(db, actor, patient.id, 10);
  return (
    <div className="flex flex-col gap-4">
      <TimeLogForm clientId={randomUUID()} logTime={logTimeAction.bind(null, patient.id)} />
      <TimeLogList entries={timeLog} timeZone={clinicZone} />
    </div>
  );
}

export async function CheckInsSection({ recordId }: { recordId: string }) {
  const { actor, db, patient } = await loadPatientRecord(recordId);
  return <CheckInHistory reports={await listRedFlagReports(db, actor, patient.id, 6)} />;
}

export async function AcknowledgementNotesSection({
  recordId,
  clinicZone,
}: {
  recordId: string;
  clinicZone: string;
}) {
  const { actor, db, patient } = await loadPatientRecord(recordId);
  const items = await listAcknowledgements(db, actor, patient.id, 10);
  return <AcknowledgementNotes items={items} timeZone={clinicZone} />;
}
