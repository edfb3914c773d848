import { randomUUID } from "node:crypto";
import { addDays, daysBetween } from "@/lib/domain/calendar";
import { scoreFabq } from "@/lib/domain/outcomes/fabq";
import { scorePeg, scorePsfs } from "@/lib/domain/outcomes/measures";
import { scoreWork, type WorkAnswers } from "@/lib/domain/outcomes/work-status";
import { questionsToAsk, type RedFlagAnswers, type RedFlagKey } from "@/lib/domain/red-flags";
import type { Queryable } from "../client";
import { goals, measureResponses, redFlagReports } from "../schema";
import { demoDay } from "./demo-plans";

/** How a demo patient's questionnaires went: PSFS ratings at intake and at the end, PEG likewise. */
type OutcomeStory = {
  psfs: { activities: string[]; from: number[]; to: number[] };
  peg: { from: number; to: number };
  /** Work status for a week at `t` (0 = plan start, 1 = yesterday). */
  work?: (t: number) => WorkAnswers;
  /** The 16 FABQ ratings given at intake. */
  fabq?: number[];
  /** An urgent or emergency check-in, N days ago, with the "yes" answers. */
  redFlag?: { daysAgo: number; yes: RedFlagKey[] };
  goals?: {
    description: string;
    measure: "activity" | "pain" | "psfs";
    activityKey?: string;
    target: number;
    inDays: number;
    agreed: boolean;
  }[];
};

const stories: Record<string, OutcomeStory> = {
  "maria.lopez@mail.example": {
    psfs: {
      activities: ["Sitting through a work meeting", "Putting on socks", "Carrying shopping bags"],
      from: [3, 4, 2],
      to: [7, 7, 6],
    },
    peg: { from: 6.3, to: 3.3 },
    // Kept working full hours throughout; low fear-avoidance (work 10/42, physical activity 9/24).
    work: () => ({ status: "full_hours", daysOffSick: 0 }),
    fabq: [2, 3, 2, 2, 2, 1, 2, 0, 1, 2, 2, 1, 1, 1, 1, 0],
    goals: [
      {
        description: "Walk to the office from the station without stopping",
        measure: "activity",
        activityKey: "walking",
        target: 35,
        inDays: 14,
        agreed: true,
      },
      {
        description: "Average pain 3 or lower on work days",
        measure: "pain",
        target: 3,
        inDays: 21,
        agreed: true,
      },
    ],
  },
  // Flaring now: the PSFS has stalled and yesterday's check-in raised an urgent flag (pain down a leg with
  // numbness in it; pain down one leg alone would not be urgent).
  "james.oneill@mail.example": {
    psfs: {
      activities: ["Lifting boxes at work", "Driving for an hour", "Playing with my kids"],
      from: [3, 5, 4],
      to: [4, 5, 3],
    },
    peg: { from: 5, to: 5.4 },
    // Off sick for the first half of the plan, then back on reduced hours; the work subscale above its cut-off
    // (38/42 > 34, physical activity 17/24 > 14): the patient the screen is meant to catch.
    work: (t) =>
      t < 0.5
        ? { status: "off_sick", daysOffSick: t < 0.3 ? 5 : 3 }
        : { status: "reduced_hours", daysOffSick: t < 0.7 ? 1 : 0 },
    fabq: [5, 4, 5, 4, 4, 6, 6, 2, 5, 6, 5, 5, 5, 4, 5, 3],
    redFlag: { daysAgo: 1, yes: ["leg_pain", "leg_numb_weak"] },
    goals: [
      {
        description: "Back to full shifts at the warehouse",
        measure: "psfs",
        target: 7,
        inDays: 35,
        agreed: true,
      },
    ],
  },
  "daniel.brooks@mail.example": {
    psfs: {
      activities: ["Running for the bus", "Gardening", "Sitting at my desk"],
      from: [2, 3, 4],
      to: [4, 4, 5],
    },
    peg: { from: 6, to: 5.3 },
    goals: [
      { description: "Cycle to work twice a week", measure: "pain", target: 4, inDays: 28, agreed: false },
    ],
  },
  "lukas.novak@mail.example": {
    psfs: {
      activities: ["Bending to tie shoes", "Hiking", "Sleeping through the night"],
      from: [4, 3, 5],
      to: [8, 6, 8],
    },
    peg: { from: 4.3, to: 2 },
  },
};

const PSFS_EVERY = 14;
const PEG_EVERY = 7;
const WORK_EVERY = 7;
const CHECK_IN_EVERY = 7;

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
/** "No" to every question asked: the history questions the first time, "anything changed?" after. */
const noAnswers = (first: boolean): RedFlagAnswers =>
  Object.fromEntries(questionsToAsk(!first).map((q) => [q.key, false]));

/** Dates from the plan's first day, every `every` days, up to yesterday (or the patient's last entry). */
function schedule(first: string, last: string, every: number): string[] {
  const out: string[] = [];
  for (let d = first; d <= last; d = addDays(d, every)) out.push(d);
  return out;
}

/**
 * Questionnaires, weekly safety check-ins and goals for the demo patients who log, so the outcome charts,
 * the "PSFS not improved" alert and a red flag on the dashboard show real-looking data.
 */
export async function seedDemoOutcomes(
  q: Queryable,
  email: string,
  { clinicId, patientId }: { clinicId: string; patientId: string },
  clinicianId: string,
  planStart: string,
  lastDay: string,
): Promise<void> {
  const checkIns = schedule(planStart, lastDay, CHECK_IN_EVERY).map((date, i) => ({
    clinicId,
    patientId,
    clientId: randomUUID(),
    trigger: i === 0 ? ("onboarding" as const) : ("weekly" as const),
    answeredOn: date,
    answers: noAnswers(i === 0),
    tier: "none" as const,
  }));
  if (checkIns.length > 0) await q.insert(redFlagReports).values(checkIns);

  const story = stories[email];
  if (!story) return;
  const span = Math.max(1, daysBetween(planStart, lastDay));
  const psfs = schedule(planStart, lastDay, PSFS_EVERY).map((date) => {
    const t = daysBetween(planStart, date) / span;
    const items = story.psfs.activities.map((activity, i) => ({
      activity,
      rating: Math.round(lerp(story.psfs.from[i]!, story.psfs.to[i]!, t)),
    }));
    return {
      clinicId,
      patientId,
      clientId: randomUUID(),
      instrument: "psfs" as const,
      takenOn: date,
      answers: items,
      score: scorePsfs(items),
    };
  });
  const peg = schedule(planStart, lastDay, PEG_EVERY).map((date) => {
    const level = Math.round(lerp(story.peg.from, story.peg.to, daysBetween(planStart, date) / span));
    const answers = { pain: level, enjoyment: Math.min(10, level + 1), activity: Math.max(0, level - 1) };
    return {
      clinicId,
      patientId,
      clientId: randomUUID(),
      instrument: "peg" as const,
      takenOn: date,
      answers,
      score: scorePeg(answers),
    };
  });
  const work = story.work
    ? schedule(planStart, lastDay, WORK_EVERY).map((date) => {
        const answers = story.work!(daysBetween(planStart, date) / span);
        return {
          clinicId,
          patientId,
          clientId: randomUUID(),
          instrument: "work" as const,
          takenOn: date,
          answers,
          score: scoreWork(answers),
        };
      })
    : [];
  const fabq = story.fabq
    ? [
        {
          clinicId,
          patientId,
          clientId: randomUUID(),
          instrument: "fabq" as const,
          takenOn: planStart,
          answers: { ratings: story.fabq },
          score: scoreFabq(story.fabq).work,
        },
      ]
    : [];
  await q.insert(measureResponses).values([...psfs, ...peg, ...work, ...fabq]);

  if (story.redFlag) {
    const answers = noAnswers(false);
    for (const key of story.redFlag.yes) answers[key] = true;
    await q.insert(redFlagReports).values({
      clinicId,
      patientId,
      clientId: randomUUID(),
      trigger: "diary",
      answeredOn: demoDay(-story.redFlag.daysAgo),
      answers,
      tier: "urgent",
      // The patient read the advice; the clinician has not acknowledged it yet.
      patientAcknowledgedAt: new Date(),
    });
  }
  for (const g of story.goals ?? []) {
    await q.insert(goals).values({
      clinicId,
      patientId,
      description: g.description,
      measure: g.measure,
      activityKey: g.activityKey ?? null,
      target: g.target,
      targetDate: demoDay(g.inDays),
      createdById: clinicianId,
      patientAgreedAt: g.agreed ? new Date() : null,
    });
  }
}
