// Every stored row must be one the app's own validation would accept: run after the end-to-end suite (the
// fuzzers included) on its database, and by the load script. Returns one line per invalid row.
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { UNIT_MAX, UNITS } from "@/lib/domain/graded-activity/units";
import { emailField } from "@/lib/validation/auth";
import { MEDICATION_NOTE_MAX, NOTE_MAX } from "@/lib/validation/diary";
import { messageInput, messageTemplateInput } from "@/lib/validation/message";
import { fabqInput, workInput } from "@/lib/validation/outcomes";
import { editPatientSchema, timeZoneField } from "@/lib/validation/patient";
import { dischargeInput } from "@/lib/validation/episode";
import { inviteStaffInput } from "@/lib/validation/staff";
import { pushSubscriptionInput } from "@/lib/validation/push";
import { reminderPreferencesInput } from "@/lib/validation/reminders";
import { timeLogInput } from "@/lib/validation/time-log";
import { isStorableText, nameText } from "@/lib/validation/text";
import { instructionsField, libraryActivityInput, videoUrlField } from "@/lib/validation/change-request";
import { emailInput } from "@/lib/outbox/enqueue-email";
import { templateActivityEdit, templateTextInput } from "@/lib/validation/template";

type Row = Record<string, unknown>;
const PLACEHOLDER_CLIENT_ID = "00000000-0000-4000-8000-000000000000";

async function rows(db: Database, query: ReturnType<typeof sql>): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

const text = (v: unknown, max: number, { nullable = true, min = 0 } = {}) =>
  v === null
    ? nullable
    : typeof v === "string" &&
      isStorableText(v) &&
      v === v.trim() &&
      v.length >= Math.max(min, 1) &&
      v.length <= max;
const name = (v: unknown, max: number) =>
  typeof v === "string" && v.length <= max && nameText("missing").min(1).safeParse(v).data === v;

export async function invalidStoredRows(db: Database): Promise<{ checked: number; problems: string[] }> {
  const problems: string[] = [];
  let checked = 0;
  const expect = (ok: boolean, what: string) => {
    checked++;
    if (!ok) problems.push(what);
  };

  for (const p of await rows(
    db,
    sql`select p.id, p.full_name, p.email, p.time_zone, p.condition, p.phone, p.date_of_birth::text as dob,
      p.record_number, p.clinic_id = u.clinic_id as same_clinic
      from patients p join users u on u.id = p.primary_clinician_id`,
  )) {
    const where = `patient ${p.id}`;
    expect(name(p.full_name, 120), `${where}: full_name ${JSON.stringify(p.full_name)}`);
    expect(emailField.safeParse(p.email).data === p.email, `${where}: email ${JSON.stringify(p.email)}`);
    expect(
      timeZoneField.safeParse(p.time_zone).success,
      `${where}: time_zone ${JSON.stringify(p.time_zone)}`,
    );
    expect(text(p.condition, 500), `${where}: condition`);
    expect(p.same_clinic === true, `${where}: primary clinician of another clinic`);
    // The record fields the edit form sets, checked with its own schema (null stored for "not recorded").
    const record = editPatientSchema.shape;
    expect(
      record.phone.safeParse(p.phone ?? "").data === p.phone,
      `${where}: phone ${JSON.stringify(p.phone)}`,
    );
    expect(record.dateOfBirth.safeParse(p.dob ?? "").data === p.dob, `${where}: date_of_birth ${p.dob}`);
    expect(
      record.recordNumber.safeParse(p.record_number ?? "").data === p.record_number,
      `${where}: record_number ${JSON.stringify(p.record_number)}`,
    );
  }

  // Episodes of care: in the patient's clinic, the discharge as the form takes it, numbered without gaps.
  for (const e of await rows(
    db,
    sql`select e.id, e.discharge_reason, e.maintenance_message, e.ended_on >= e.started_on as ordered,
      e.ended_on is null as open, e.clinic_id = p.clinic_id as same_clinic,
      e.number = (select count(*) from episodes o where o.patient_id = e.patient_id and o.number <= e.number)
        as numbered
      from episodes e join patients p on p.id = e.patient_id`,
  )) {
    const where = `episode ${e.id}`;
    expect(e.same_clinic === true, `${where}: in another clinic than its patient`);
    expect(e.numbered === true, `${where}: numbers with a gap`);
    if (e.open !== true) {
      expect(e.ordered === true, `${where}: ends before it starts`);
      const parsed = dischargeInput.safeParse({
        reason: e.discharge_reason,
        maintenanceMessage: e.maintenance_message ?? "",
      });
      expect(parsed.data?.maintenanceMessage === e.maintenance_message, `${where}: discharge`);
    }
  }

  for (const i of await rows(db, sql`select id, email, name, role from staff_invites`)) {
    const parsed = inviteStaffInput.safeParse({ name: i.name, email: i.email, role: i.role });
    expect(
      parsed.data?.email === i.email && parsed.data?.name === i.name,
      `staff invite ${i.id}: ${JSON.stringify([i.name, i.email, i.role])}`,
    );
  }

  // A clinic's own plan template: its text as the form takes it, each activity as the template editor does.
  for (const t of await rows(
    db,
    sql`select id, name, description, activities from plan_templates where clinic_id is not null`,
  )) {
    const text = templateTextInput.safeParse({ name: t.name, description: t.description });
    const activities = Array.isArray(t.activities) ? (t.activities as Row[]) : [];
    const activitiesOk = activities.every((a) => {
      const parsed = templateActivityEdit.safeParse({
        name: a.name,
        goal: a.goal,
        startPercent: Math.round(Number(a.startFraction) * 100),
        instructions: a.instructions ?? "",
      });
      return (
        parsed.success &&
        parsed.data.name === a.name &&
        UNITS.includes(a.unit as (typeof UNITS)[number]) &&
        Number(a.goal) <= UNIT_MAX[a.unit as (typeof UNITS)[number]]
      );
    });
    expect(
      text.success && text.data.name === t.name && text.data.description === t.description && activitiesOk,
      `plan template ${t.id}: ${JSON.stringify([t.name, t.description])}`,
    );
  }

  // A waiting email change: the address as the edit form would accept it, for an account of the same clinic.
  for (const c of await rows(
    db,
    sql`select c.id, c.new_email, c.clinic_id = u.clinic_id and c.clinic_id = p.clinic_id as same_clinic
      from patient_email_changes c join users u on u.id = c.user_id join patients p on p.id = c.patient_id`,
  )) {
    expect(
      emailField.safeParse(c.new_email).data === c.new_email && c.same_clinic === true,
      `email change ${c.id}: ${JSON.stringify(c.new_email)}`,
    );
  }

  for (const u of await rows(db, sql`select id, email, name from users`)) {
    expect(emailField.safeParse(u.email).data === u.email, `user ${u.id}: email ${JSON.stringify(u.email)}`);
  }

  // Pain, sleep and stress ranges are CHECK constraints; the text and the day are the app's to keep right.
  for (const d of await rows(
    db,
    sql`select e.id, e.note, e.medication_note,
      e.entry_date > (now() at time zone p.time_zone)::date as future
      from diary_entries e join patients p on p.id = e.patient_id`,
  )) {
    const where = `diary entry ${d.id}`;
    expect(text(d.note, NOTE_MAX), `${where}: note`);
    expect(text(d.medication_note, MEDICATION_NOTE_MAX), `${where}: medication_note`);
    expect(d.future === false, `${where}: a day that has not started for the patient`);
  }

  // Each logged activity is one of the plan's, within its unit's bounds.
  for (const l of await rows(
    db,
    sql`select l.id, l.amount,
      (select max(a.unit) from plans pl join plan_revisions r on r.plan_id = pl.id
        join revision_activities a on a.revision_id = r.id
        where pl.patient_id = e.patient_id and a.key = l.activity_key) as unit
      from activity_logs l join diary_entries e on e.id = l.entry_id`,
  )) {
    const unit = l.unit as (typeof UNITS)[number] | null;
    expect(unit !== null, `activity log ${l.id}: an activity the plan never had`);
    if (unit)
      expect(
        Number(l.amount) >= 0 && Number(l.amount) <= UNIT_MAX[unit],
        `activity log ${l.id}: amount ${l.amount}`,
      );
  }

  for (const r of await rows(db, sql`select id, reason from plan_revisions`)) {
    expect(text(r.reason, 500, { nullable: false, min: 3 }), `plan revision ${r.id}: reason`);
  }
  for (const a of await rows(
    db,
    sql`select id, name, unit, goal, start_fraction, baseline from revision_activities`,
  )) {
    const where = `revision activity ${a.id}`;
    const unit = a.unit as (typeof UNITS)[number];
    expect(name(a.name, 60), `${where}: name ${JSON.stringify(a.name)}`);
    expect(UNITS.includes(unit), `${where}: unit`);
    expect(Number(a.goal) >= 1 && Number(a.goal) <= (UNIT_MAX[unit] ?? 0), `${where}: goal ${a.goal}`);
    expect(Number(a.start_fraction) >= 0.5 && Number(a.start_fraction) <= 1, `${where}: start fraction`);
    expect(a.baseline === null || Number(a.baseline) > 0, `${where}: baseline`);
  }
  for (const a of await rows(db, sql`select id, note from alert_acks`)) {
    expect(text(a.note, 300), `alert acknowledgement ${a.id}: note`);
  }
  // Triage summaries (kept on write): in their patient's clinic, at most 17 diary days, pains within 0-10.
  for (const t of await rows(
    db,
    sql`select s.patient_id, s.clinic_id = p.clinic_id as same_clinic, s.recent_days
      from triage_summaries s join patients p on p.id = s.patient_id`,
  )) {
    const where = `triage summary of ${t.patient_id}`;
    expect(t.same_clinic === true, `${where}: clinic`);
    const days = t.recent_days as { date: string; painNow: number; painAverage: number }[];
    expect(Array.isArray(days) && days.length <= 17, `${where}: days`);
    for (const d of days)
      expect(
        /^\d{4}-\d{2}-\d{2}$/.test(d.date) && [d.painNow, d.painAverage].every((v) => v >= 0 && v <= 10),
        `${where}: day ${JSON.stringify(d)}`,
      );
  }

  // Outcomes: goals, questionnaire answers and red-flag acknowledgements (the issue 6 forms).
  for (const g of await rows(
    db,
    sql`select g.id, g.description, g.measure, g.target, g.target_date - g.created_at::date as days_ahead
      from goals g`,
  )) {
    const where = `goal ${g.id}`;
    expect(text(g.description, 200, { nullable: false, min: 3 }), `${where}: description`);
    const target = Number(g.target);
    expect(target >= 0 && target <= (g.measure === "activity" ? 40_000 : 10), `${where}: target ${g.target}`);
    // Set within a year of the day it was made (a day's slack for time zones).
    expect(Number(g.days_ahead) >= -1 && Number(g.days_ahead) <= 367, `${where}: target date`);
  }
  const rating = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 10;
  for (const m of await rows(db, sql`select id, instrument, answers from measure_responses`)) {
    const where = `measure response ${m.id}`;
    if (m.instrument === "psfs") {
      const items = m.answers as { activity: unknown; rating: unknown }[];
      expect(Array.isArray(items) && items.length >= 3 && items.length <= 5, `${where}: item count`);
      for (const item of Array.isArray(items) ? items : [])
        expect(name(item.activity, 80) && rating(item.rating), `${where}: item ${JSON.stringify(item)}`);
    } else if (m.instrument === "fabq" || m.instrument === "work") {
      // The form's own schema, fed the stored answers with a placeholder client id.
      const schema = m.instrument === "fabq" ? fabqInput : workInput;
      const stored = m.answers as Record<string, unknown>;
      const parsed = schema.safeParse({ ...stored, clientId: PLACEHOLDER_CLIENT_ID });
      expect(
        parsed.success &&
          Object.entries(stored).every(
            ([k, v]) => JSON.stringify((parsed.data as Row)[k]) === JSON.stringify(v),
          ),
        `${where}: answers ${JSON.stringify(stored)}`,
      );
    } else {
      const a = m.answers as Record<string, unknown>;
      expect(
        ["pain", "enjoyment", "activity"].every((k) => rating(a[k])),
        `${where}: answers ${JSON.stringify(a)}`,
      );
    }
  }
  for (const r of await rows(
    db,
    sql`select id, acknowledgement_note, acknowledged_at from red_flag_reports`,
  )) {
    const where = `red-flag report ${r.id}`;
    if (r.acknowledged_at !== null)
      expect(
        text(r.acknowledgement_note, 500, { nullable: false, min: 3 }),
        `${where}: acknowledgement note`,
      );
  }
  // Change requests, flare-up plans and the activity library (issue 17), with the forms' own schemas.
  for (const r of await rows(
    db,
    sql`select cr.id, cr.activity_name, cr.note, cr.answer_message, cr.suggested_amount,
      cr.clinic_id = p.clinic_id as same_clinic from change_requests cr join patients p on p.id = cr.patient_id`,
  )) {
    const where = `change request ${r.id}`;
    expect(name(r.activity_name, 60), `${where}: activity_name ${JSON.stringify(r.activity_name)}`);
    expect(r.note === "" || text(r.note, 500), `${where}: note`);
    expect(text(r.answer_message, 500), `${where}: answer_message`);
    expect(r.same_clinic === true, `${where}: clinic_id is not the patient's clinic`);
  }
  for (const f of await rows(
    db,
    sql`select fp.id, fp.plan, fp.clinic_id = p.clinic_id as same_clinic from flare_up_plans fp join patients p on p.id = fp.patient_id
      union all select fh.id, '' as plan, fh.clinic_id = p.clinic_id from flare_up_holds fh join patients p on p.id = fh.patient_id`,
  )) {
    expect(f.plan === "" || text(f.plan, 1000), `flare-up plan ${f.id}: plan`);
    expect(f.same_clinic === true, `flare-up plan or hold ${f.id}: clinic_id is not the patient's clinic`);
  }
  for (const a of await rows(db, sql`select id, name, unit, instructions, video_url from activity_library`)) {
    const parsed = libraryActivityInput.safeParse({
      name: a.name,
      unit: a.unit,
      instructions: a.instructions,
      videoUrl: a.video_url ?? "",
    });
    expect(
      parsed.success && parsed.data.name === a.name,
      `activity library ${a.id}: not what its form accepts`,
    );
  }
  for (const a of await rows(db, sql`select id, instructions, video_url from revision_activities`)) {
    expect(
      instructionsField.safeParse(a.instructions).data === a.instructions,
      `revision activity ${a.id}: instructions`,
    );
    expect(
      a.video_url === null || videoUrlField.safeParse(a.video_url).data === a.video_url,
      `revision activity ${a.id}: video_url ${JSON.stringify(a.video_url)}`,
    );
  }

  // The outbox: each message as enqueueEmail would accept it, in the clinic of its dedupe key's owner, and
  // its state consistent (sent ones have a time, failed ones a reason).
  for (const m of await rows(
    db,
    sql`select id, clinic_id, recipient, kind, subject, text_body, html_body, headers, dedupe_key, status,
      reason, sent_at from outbox`,
  )) {
    const where = `outbox ${m.id}`;
    const parsed = emailInput.safeParse({
      clinicId: m.clinic_id,
      to: m.recipient,
      kind: m.kind,
      subject: m.subject,
      text: m.text_body,
      html: m.html_body ?? undefined,
      headers: m.headers ?? undefined,
      dedupeKey: m.dedupe_key ?? undefined,
    });
    expect(parsed.success, `${where}: ${parsed.error?.issues.map((i) => i.path.join(".")).join(", ")}`);
    expect(m.recipient === String(m.recipient).toLowerCase(), `${where}: recipient not lower-cased`);
    expect(m.status !== "sent" || m.sent_at !== null, `${where}: sent without a time`);
    expect(m.status !== "failed" || typeof m.reason === "string", `${where}: failed without a reason`);
  }

  // "Forgot password" links belong to an account of their own clinic.
  for (const r of await rows(
    db,
    sql`select r.id, r.clinic_id = u.clinic_id as same_clinic, r.expires_at > r.created_at as later
      from password_resets r join users u on u.id = r.user_id`,
  )) {
    expect(r.same_clinic === true, `password reset ${r.id}: user of another clinic`);
    expect(r.later === true, `password reset ${r.id}: expires before it was made`);
  }

  for (const r of await rows(
    db,
    sql`select r.patient_id, r.send_at, r.quiet_from, r.quiet_until, r.clinic_id = p.clinic_id as same_clinic
      from reminder_preferences r join patients p on p.id = r.patient_id`,
  )) {
    const where = `reminder preferences of ${r.patient_id}`;
    const times = { sendAt: r.send_at, quietFrom: r.quiet_from, quietUntil: r.quiet_until };
    expect(reminderPreferencesInput.safeParse(times).success, `${where}: times ${JSON.stringify(times)}`);
    expect(r.same_clinic === true, `${where}: another clinic's patient`);
  }
  for (const s of await rows(
    db,
    sql`select s.id, s.endpoint, s.p256dh, s.auth, s.clinic_id = u.clinic_id as same_clinic
      from push_subscriptions s join users u on u.id = s.user_id`,
  )) {
    const subscription = { endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } };
    expect(pushSubscriptionInput.safeParse(subscription).success, `push subscription ${s.id}: not valid`);
    expect(s.same_clinic === true, `push subscription ${s.id}: another clinic's account`);
  }

  // Messages, templates and the time log (issue 19): each row is what the app's own form schema accepts, in
  // the patient's clinic, written by someone of that clinic.
  const same = (parsed: { success: boolean; data?: unknown }, stored: Row) =>
    parsed.success &&
    Object.entries(stored).every(([k, v]) => JSON.stringify((parsed.data as Row)[k]) === JSON.stringify(v));
  for (const m of await rows(
    db,
    sql`select m.id, m.client_id, m.body, p.clinic_id = m.clinic_id and u.clinic_id = m.clinic_id as same_clinic,
      (m.author = 'patient') = (u.role = 'patient') as author_role
      from messages m join patients p on p.id = m.patient_id join users u on u.id = m.author_user_id`,
  )) {
    const where = `message ${m.id}`;
    const stored = { clientId: m.client_id, body: m.body };
    expect(same(messageInput.safeParse(stored), stored), `${where}: body ${JSON.stringify(m.body)}`);
    expect(m.same_clinic === true, `${where}: in another clinic than its patient or writer`);
    expect(m.author_role === true, `${where}: author does not match the writer's role`);
  }
  for (const t of await rows(db, sql`select id, title, body from message_templates`)) {
    const stored = { title: t.title, body: t.body };
    expect(same(messageTemplateInput.safeParse(stored), stored), `message template ${t.id}: text`);
  }
  for (const e of await rows(
    db,
    sql`select e.id, e.client_id, e.minutes, e.kind, e.note,
      p.clinic_id = e.clinic_id and u.clinic_id = e.clinic_id and u.role <> 'patient' as same_clinic
      from time_log_entries e join patients p on p.id = e.patient_id join users u on u.id = e.clinician_id`,
  )) {
    const where = `time log entry ${e.id}`;
    const stored = { clientId: e.client_id, minutes: e.minutes, kind: e.kind, note: e.note };
    expect(same(timeLogInput.safeParse(stored), stored), `${where}: ${JSON.stringify(stored)}`);
    expect(e.same_clinic === true, `${where}: in another clinic or by a patient`);
  }
  return { checked, problems };
}
