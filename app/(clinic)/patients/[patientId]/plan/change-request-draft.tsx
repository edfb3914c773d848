import "server-only";
import type { StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { getClinicChangeRequest, listClinicLibrary } from "@/db/queries/change-requests";
import { draftFromLibrary, type ActivityDraft } from "@/components/clinic/plan-editor/draft";
import { Notice } from "@/components/ui/notice";
import { mergeLibrary, type LibraryActivity } from "@/lib/domain/activity-library";
import { baselineForTarget, describeRequest } from "@/lib/domain/change-requests";
import { patientIdSchema } from "@/lib/validation/patient";

/** The editor's activity library: the built-in activities and the clinic's own. */
export async function editorLibrary(db: Database, actor: StaffActor): Promise<LibraryActivity[]> {
  return mergeLibrary(await listClinicLibrary(db, actor));
}

/**
 * The editor opened to answer a change request: Accept prefills the patient's suggested amount (as the
 * baseline whose start share lands on it), Adjust opens the plan as it is; a request to add an activity
 * adds it (from the library when its name is there). Null when the request is not an open one of this patient.
 */
export async function changeRequestDraft(
  db: Database,
  actor: StaffActor,
  patientId: string,
  query: { changeRequest?: string; answer?: string },
  drafts: ActivityDraft[],
  library: LibraryActivity[],
  today: string,
) {
  const id = patientIdSchema.safeParse(query.changeRequest);
  if (!id.success) return null;
  const request = await getClinicChangeRequest(db, actor, patientId, id.data);
  if (!request || request.status !== "open") return null;
  const answer = query.answer === "adjust" ? ("adjusted" as const) : ("accepted" as const);
  let prefilled = drafts;
  if (request.activityKey === null) {
    const known = library.find((a) => a.name.toLowerCase() === request.activityName.toLowerCase());
    prefilled = [
      ...drafts,
      draftFromLibrary(known ?? { name: request.activityName, unit: "minutes", instructions: "" }, today),
    ];
  } else if (answer === "accepted" && request.suggestedAmount !== null) {
    prefilled = drafts.map((d) =>
      d.key === request.activityKey
        ? {
            ...d,
            baselineMode: "entered",
            continueFromCurrent: false,
            baseline: String(baselineForTarget(request.suggestedAmount!, Number(d.startPercent) / 100)),
          }
        : d,
    );
  }
  const suggestion = request.suggestedAmount !== null ? ` Suggests ${request.suggestedAmount} a day.` : "";
  return {
    request,
    answer,
    drafts: prefilled,
    reason:
      answer === "accepted" ? "Agreed as the patient asked." : "Changed, with other numbers than asked.",
    intro: (
      <Notice
        tone="info"
        title={answer === "accepted" ? "Accepting a change request" : "Adjusting a change request"}
      >
        {describeRequest(request)}.{suggestion}
        {request.note ? ` “${request.note}”` : ""} Saving makes a new revision that answers the request.
      </Notice>
    ),
  };
}
