import "server-only";
import { auditPatient } from "@/db/queries/audit";
import { deleteLibraryActivity, insertLibraryActivity } from "@/db/queries/change-requests";
import type { StaffContext } from "@/lib/actions/context";
import { conflict, ok, type Result } from "@/lib/result/result";
import type { LibraryActivityInput } from "@/lib/validation/change-request";

/** A clinic's own activity for the plan editor's library, with its instructions and video link. */
export async function addLibraryActivity(
  { db, actor, meta }: StaffContext,
  input: LibraryActivityInput,
): Promise<Result<{ id: string }>> {
  return db.transaction(async (tx) => {
    const row = await insertLibraryActivity(tx, actor, { ...input, videoUrl: input.videoUrl ?? null });
    if (!row) return conflict("Your clinic already has an activity with this name.");
    await auditPatient(tx, actor, null, meta, "activity_library.add", { id: row.id, name: input.name });
    return ok(row);
  });
}

/** Removes one of the clinic's own activities (plans that use it keep their copy of the instructions). */
export async function removeLibraryActivity({ db, actor, meta }: StaffContext, id: string): Promise<Result> {
  return db.transaction(async (tx) => {
    const row = await deleteLibraryActivity(tx, actor, id);
    if (!row) return conflict("This activity is no longer in your clinic's library. Reload the page.");
    await auditPatient(tx, actor, null, meta, "activity_library.remove", { id, name: row.name });
    return ok();
  });
}
