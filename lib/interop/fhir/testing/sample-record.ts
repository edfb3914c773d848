import type { ExportRecord } from "../record";

const walking = {
  key: "walking",
  name: "Walking",
  unit: "minutes" as const,
  baseline: 20,
  startFraction: 0.7,
  startQuota: 14,
  progressFrom: "2026-01-05",
  progression: { kind: "fixed" as const, step: 2, everyDays: 7 },
  goal: 30,
};
const steps = { ...walking, key: "daily_steps", name: "Daily steps", unit: "steps" as const, baseline: 4000 };
const squats = { ...walking, key: "squats", name: "Sit to stand", unit: "repetitions" as const };
const sitting = { ...walking, key: "sitting", name: "Sitting", baseline: 30, startQuota: 21, goal: 60 };
const distance = {
  ...walking,
  key: "walking_distance",
  name: "Walking distance",
  unit: "metres" as const,
  baseline: 600,
  startQuota: 420,
  progression: { kind: "fixed" as const, step: 50, everyDays: 7 },
  goal: 1500,
};

/**
 * A small patient record with two plan revisions (the second raises walking's goal from 30 to 40 minutes
 * and adds sitting, metres and repetitions), diary days, both questionnaires and SMART goals. The patient
 * lives in Auckland, 13 hours ahead of UTC in January.
 */
export function sampleRecord(): ExportRecord {
  return {
    patient: {
      id: "6f1c1f1e-3b0a-4c55-9a7e-1d2f3a4b5c6d",
      fullName: "Ana O'Brien, Jr.",
      email: "ana@mail.example",
      status: "active",
      condition: "Low back pain",
      timeZone: "Pacific/Auckland",
    },
    plan: {
      id: "0b7d4a52-8a43-4ad3-9c0e-7f5d2b8e9a10",
      revisions: [
        {
          number: 1,
          kind: "initial",
          effectiveFrom: "2026-01-05",
          reason: "Initial plan",
          authorName: "Anna Berg",
          createdAt: new Date("2026-01-05T09:00:00Z"),
          activities: [walking, { ...steps, startQuota: 2800 }],
        },
        {
          number: 2,
          kind: "hold",
          effectiveFrom: "2026-01-20",
          reason: "Flare-up: hold for 3 days",
          authorName: "Anna Berg",
          createdAt: new Date("2026-01-20T10:00:00Z"),
          activities: [
            { ...walking, progressFrom: "2026-01-23", goal: 40 },
            { ...steps, startQuota: 2800 },
            { ...squats, baseline: null, startQuota: null, progressFrom: null },
            { ...sitting, progressFrom: "2026-01-23" },
            { ...distance, progressFrom: "2026-01-23" },
          ],
        },
      ],
    },
    diary: [
      {
        date: "2026-01-05",
        painNow: 6,
        painAverage: 5,
        activities: [
          { key: "walking", amount: 14 },
          { key: "daily_steps", amount: 3100 },
        ],
      },
      {
        date: "2026-01-21",
        painNow: 7,
        painAverage: 6,
        activities: [
          { key: "squats", amount: 8 },
          { key: "sitting", amount: 25 },
          { key: "walking_distance", amount: 450 },
        ],
      },
    ],
    measures: [
      {
        id: "a1a1a1a1-0000-4000-8000-000000000001",
        instrument: "psfs",
        takenOn: "2026-01-05",
        answers: [
          { activity: "Sitting through a meeting", rating: 3 },
          { activity: "Walking to the shop", rating: 4 },
          { activity: "Lifting my child", rating: 2 },
        ],
        score: 3,
      },
      {
        id: "a1a1a1a1-0000-4000-8000-000000000002",
        instrument: "peg",
        takenOn: "2026-01-05",
        answers: { pain: 6, enjoyment: 5, activity: 7 },
        score: 6,
      },
    ],
    goals: [
      {
        id: "b2b2b2b2-0000-4000-8000-000000000001",
        description: "Walk to the shop and back without stopping",
        measure: "activity",
        activityKey: "walking",
        target: 30,
        targetDate: "2026-03-01",
        status: "active",
        createdAt: new Date("2026-01-05T09:05:00Z"),
      },
      {
        id: "b2b2b2b2-0000-4000-8000-000000000002",
        description: "Average pain 3 or less",
        measure: "pain",
        activityKey: null,
        target: 3,
        targetDate: "2026-03-01",
        status: "achieved",
        // 01:30 on 6 January in Auckland: the goal was set on the 6th, though UTC still says the 5th.
        createdAt: new Date("2026-01-05T12:30:00Z"),
      },
      {
        id: "b2b2b2b2-0000-4000-8000-000000000003",
        description: "Do the things I named much better",
        measure: "psfs",
        activityKey: null,
        target: 7,
        targetDate: "2026-04-01",
        status: "active",
        createdAt: new Date("2026-01-05T09:07:00Z"),
      },
    ],
  };
}
