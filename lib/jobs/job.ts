import type { Database } from "@/db/client";

/** What a job is given on each run: the app's database and the time the run started. */
export type JobContext = { db: Database; now: Date; log: (line: string) => void };

/**
 * A piece of background work the runner starts every `everySeconds` in every app instance. A run must be
 * safe with several instances running it at once and after a restart: claim rows with SKIP LOCKED, or write
 * with a unique key (the outbox's dedupe key) so a second run changes nothing. Never two runs of one job at
 * once in one process (the runner skips a tick while the last run is busy).
 */
export type Job = {
  /** Short and unique, used in logs: "send-email". */
  name: string;
  /** Between 1 and 3600. */
  everySeconds: number;
  run: (ctx: JobContext) => Promise<unknown>;
};
