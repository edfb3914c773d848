import type { DatabaseHandle } from "./client";
import { backfillTriageSummaries } from "@/lib/triage/refresh-summary";
import { migrateDatabase } from "./migrate";
import {
  demoLogins,
  formatDemoBanner,
  isDatabaseEmpty,
  seedDemo,
  type PasswordHasher,
} from "./seed/seed-demo";

/**
 * Everything the app needs before its first request, in one place: apply migrations, create the demo clinic
 * on an empty database, and print its logins while it exists.
 */
export async function prepareDatabase(handle: DatabaseHandle, hashPassword: PasswordHasher): Promise<void> {
  await migrateDatabase(handle);
  if (await isDatabaseEmpty(handle.db)) {
    console.log("[gradus] Empty database: creating the demo clinic.");
    await seedDemo(handle.db, hashPassword);
  }
  // Patients from before the triage summaries were kept on write get theirs now.
  const filled = await backfillTriageSummaries(handle.db);
  if (filled > 0) console.log(`[gradus] Triage summaries created for ${filled} patients.`);
  const banner = formatDemoBanner(await demoLogins(handle.db));
  if (banner) console.log(banner);
}
