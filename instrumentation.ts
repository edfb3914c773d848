/**
 * Runs once per server process before it serves any request: migrate, seed the demo on an empty database,
 * print the demo logins, then start the background jobs (sending the outbox, lib/jobs/registry.ts). Skipped
 * during `next build`, which must not touch the database, and under vitest, whose tests run jobs themselves.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.VITEST) return;
  const [{ appDatabase, targetFromEnv }, { prepareDatabase }, { hashPassword }, { recordOwner }] =
    await Promise.all([
      import("./db/client"),
      import("./db/prepare"),
      import("./lib/auth/password"),
      import("./db/pglite-owner"),
    ]);
  const target = targetFromEnv();
  if (target.kind === "pglite" && target.dataDir) recordOwner(target.dataDir);
  const handle = await appDatabase();
  console.log(
    `[gradus] Database: ${handle.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite"}`,
  );
  await prepareDatabase(handle, hashPassword);
  await startBackgroundJobs(handle.db);
}

async function startBackgroundJobs(db: import("./db/client").Database) {
  const holder = globalThis as typeof globalThis & { gradusJobs?: unknown };
  if (holder.gradusJobs || process.env.GRADUS_JOBS === "off") return;
  const [{ startJobRunner }, { registeredJobs }] = await Promise.all([
    import("./lib/jobs/runner"),
    import("./lib/jobs/registry"),
  ]);
  const jobs = registeredJobs();
  holder.gradusJobs = startJobRunner({ db, jobs });
  const mail = process.env.SMTP_URL
    ? "SMTP (SMTP_URL)"
    : "none: emails stay in the Outbox and are printed here";
  console.log(`[gradus] Background jobs: ${jobs.map((job) => job.name).join(", ")}; mail server: ${mail}`);
}
