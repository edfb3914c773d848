// npm run db:seed [-- --force]: (re)creates the demo clinic in the configured database (DATABASE_URL, or the
// embedded PGlite folder). A database that already holds data is only wiped with --force.
import { openDatabase, targetFromEnv } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { otherOwner } from "@/db/pglite-owner";
import { dropEverything } from "@/db/reset";
import { demoLogins, formatDemoBanner, isDatabaseEmpty, seedDemo } from "@/db/seed/seed-demo";
import { hashPassword } from "@/lib/auth/password";

async function main() {
  const force = process.argv.includes("--force");
  const target = targetFromEnv();
  if (target.kind === "pglite" && target.dataDir) {
    const pid = otherOwner(target.dataDir);
    if (pid) {
      console.error(`The app (pid ${pid}) is using ${target.dataDir}. Stop it first, then run this again.`);
      process.exit(1);
    }
  }
  const handle = await openDatabase(target);
  try {
    await migrateDatabase(handle);
    if (!(await isDatabaseEmpty(handle.db))) {
      if (!force) {
        console.error(
          "The database already holds data. To wipe it and recreate the demo: npm run db:seed -- --force",
        );
        process.exitCode = 1;
        return;
      }
      console.log("Wiping the database (--force)…");
      await dropEverything(handle.db);
      await migrateDatabase(handle);
    }
    await seedDemo(handle.db, hashPassword);
    console.log(formatDemoBanner(await demoLogins(handle.db)));
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
