/**
 * Runs once per server process before it serves any request: migrate, seed the demo on an empty database,
 * print the demo logins. Skipped during `next build`, which must not touch the database.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
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
}
