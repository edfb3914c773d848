import { Cron } from "croner";
import type { Database } from "@/db/client";
import type { Job } from "./job";

export type JobRunner = { stop: () => void };

/**
 * Starts each job on its own in-process schedule (croner): every `everySeconds`, never overlapping itself
 * (`protect`), errors logged and the schedule kept. Timers are unref'd so they never hold the process open.
 * Several app instances may run the same jobs: the jobs themselves make that safe (see Job).
 */
export function startJobRunner({
  db,
  jobs,
  log = console.log,
}: {
  db: Database;
  jobs: Job[];
  log?: (line: string) => void;
}): JobRunner {
  const names = new Set<string>();
  const crons = jobs.map((job) => {
    if (names.has(job.name)) throw new Error(`Two jobs are named ${job.name}`);
    names.add(job.name);
    if (!Number.isInteger(job.everySeconds) || job.everySeconds < 1 || job.everySeconds > 3600)
      throw new Error(`Job ${job.name}: everySeconds must be a whole number from 1 to 3600`);
    return new Cron(
      "* * * * * *",
      { name: `gradus-${job.name}`, interval: job.everySeconds, protect: true, unref: true },
      async () => {
        try {
          await job.run({ db, now: new Date(), log });
        } catch (error) {
          log(`[gradus] Job ${job.name} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    );
  });
  return { stop: () => crons.forEach((cron) => cron.stop()) };
}

/** Runs every job once, one after another, at `now` (tests and scripts drive the clock this way). */
export async function runJobsOnce(db: Database, jobs: Job[], now = new Date(), log = console.log) {
  for (const job of jobs) await job.run({ db, now, log });
}
