import { localDate } from "@/lib/domain/local-time";
import { daysBetween } from "@/lib/domain/calendar";
import { planQuotasOn } from "@/lib/domain/graded-activity/plan-schedule";
import { roundToUnit } from "@/lib/domain/graded-activity/units";
import type { Queryable } from "../client";
import { activityLogs, diaryEntries } from "../schema";
import { demoDay, type DemoRevision } from "./demo-plans";

/** How a demo patient's weeks went. */
export type DiaryStory = {
  painStart: number;
  painEnd: number;
  /** Share of days left unlogged. */
  skip: number;
  /** Days (from today, negative) of a flare-up: pain up, activity down, flare-up ticked. */
  flare?: { from: number; to: number };
  /** Boom-bust: on this share of days far more than the quota, then a low day. */
  boom?: number;
  /** Logging stops on this day (negative offset from today). */
  lastEntry?: number;
};

export const demoDiaryStories: Record<string, DiaryStory> = {
  "maria.lopez@mail.example": { painStart: 6, painEnd: 3, skip: 0.08 },
  // Flaring now, in week 9: the dashboard's critical case.
  "james.oneill@mail.example": { painStart: 5, painEnd: 4, skip: 0.1, flare: { from: -3, to: -1 } },
  "daniel.brooks@mail.example": { painStart: 6, painEnd: 5, skip: 0.12, boom: 0.3 },
  "fatima.haddad@mail.example": { painStart: 5, painEnd: 3, skip: 0.15 },
  "lukas.novak@mail.example": { painStart: 4, painEnd: 2, skip: 0.05 },
  "grace.mensah@mail.example": { painStart: 6, painEnd: 4, skip: 0.1 },
  "sam.whitfield@mail.example": { painStart: 5, painEnd: 4, skip: 0.1, lastEntry: -9 },
  "olivia.chen@mail.example": { painStart: 4, painEnd: 2, skip: 0.1 },
  "ravi.patel@mail.example": { painStart: 6, painEnd: 5, skip: 0.2 },
};

/** A small seeded generator, so the demo looks the same on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (n: number) => Math.max(0, Math.min(10, Math.round(n)));

/** Diaries from the plan's first day up to yesterday (today is left for the demo patient to log). */
export async function seedDemoDiary(
  q: Queryable,
  { clinicId, patientId }: { clinicId: string; patientId: string },
  revisions: DemoRevision[],
  story: DiaryStory,
  seed: number,
  /** The patient's zone: their own today stays unlogged (a New York evening is the next day in UTC). */
  timeZone: string,
): Promise<void> {
  const localToday = localDate(timeZone);
  const rand = random(seed);
  const first = revisions[0]!.effectiveFrom;
  const span = Math.max(1, daysBetween(first, demoDay(-1)));
  const days = Array.from({ length: span + 1 }, (_, i) => i - span - 1).filter(
    (o) => o <= (story.lastEntry ?? -1),
  );

  const entries: (typeof diaryEntries.$inferInsert)[] = [];
  const logs: { date: string; key: string; amount: number }[] = [];
  let bust = false;
  for (const offset of days) {
    const date = demoDay(offset);
    if (date >= localToday) continue;
    const flaring = story.flare !== undefined && offset >= story.flare.from && offset <= story.flare.to;
    // Flare days and the last day of a patient who stopped are always logged, so the demo reads exactly.
    const skipped = rand() < story.skip;
    if (skipped && !flaring && offset !== story.lastEntry) continue;
    const t = (daysBetween(first, date) + 1) / (span + 1);
    let effort = 0.92 + rand() * 0.18;
    if (flaring) effort = 0.45 + rand() * 0.3;
    else if (bust) effort = 0.4 + rand() * 0.3;
    else if (story.boom && rand() < story.boom) effort = 1.5 + rand() * 0.6;
    bust = effort > 1.4;

    const pain =
      story.painStart +
      (story.painEnd - story.painStart) * t +
      (rand() - 0.5) * 2 +
      (flaring ? 3 : 0) +
      (bust ? 1 : 0);
    const painAverage = clamp(pain);
    entries.push({
      clinicId,
      patientId,
      entryDate: date,
      clientId: crypto.randomUUID(),
      painAverage,
      painNow: clamp(painAverage + (rand() - 0.5) * 2),
      sleepQuality: clamp(9 - painAverage * 0.6 + (rand() - 0.5) * 3),
      stress: clamp(3 + (rand() - 0.5) * 4 + (flaring ? 2 : 0)),
      medicationTaken: painAverage >= 6,
      medicationNote: painAverage >= 6 ? "Paracetamol" : null,
      flareUp: flaring && offset <= story.flare!.from + 3,
      note:
        flaring && offset === story.flare!.from
          ? "Back went into spasm after lifting at home."
          : bust
            ? "Felt great so kept going."
            : null,
    });
    for (const { activity, quota } of planQuotasOn(revisions, date)) {
      if (quota !== null)
        logs.push({ date, key: activity.key, amount: roundToUnit(quota * effort, activity.unit) });
    }
  }
  if (entries.length === 0) return;
  const inserted = await q
    .insert(diaryEntries)
    .values(entries)
    .returning({ id: diaryEntries.id, date: diaryEntries.entryDate });
  const idByDate = new Map(inserted.map((r) => [r.date, r.id]));
  if (logs.length > 0)
    await q
      .insert(activityLogs)
      .values(
        logs.map((l) => ({ clinicId, entryId: idByDate.get(l.date)!, activityKey: l.key, amount: l.amount })),
      );
}

/** Aiko's first three to-tolerance walks, so the clinician can confirm her baseline in the demo. */
export async function seedBaselineSessions(
  q: Queryable,
  { clinicId, patientId }: { clinicId: string; patientId: string },
  key: string,
  amounts: number[],
) {
  for (const [i, amount] of amounts.entries()) {
    const [entry] = await q
      .insert(diaryEntries)
      .values({
        clinicId,
        patientId,
        entryDate: demoDay(i - amounts.length),
        clientId: crypto.randomUUID(),
        painNow: 4,
        painAverage: 4,
        flareUp: false,
      })
      .returning({ id: diaryEntries.id });
    await q.insert(activityLogs).values({ clinicId, entryId: entry!.id, activityKey: key, amount });
  }
}
