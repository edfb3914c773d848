import "server-only";
import type { PatientActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { listOwnMeasures, type MeasureResponse } from "@/db/queries/outcomes";
import type { PsfsItem } from "@/lib/domain/outcomes/measures";
import { measuresDue, screensDue } from "@/lib/domain/outcomes/schedule";

/** The activities named at PSFS intake (the first PSFS), which every re-rating uses; null before intake. */
export function psfsActivities(responses: MeasureResponse[]): string[] | null {
  const intake = responses.find((r) => r.instrument === "psfs");
  return intake ? (intake.answers as PsfsItem[]).map((i) => i.activity) : null;
}

/** The patient's questionnaires and what is due today. */
export async function ownMeasures(db: Database, actor: PatientActor, today: string) {
  const responses = await listOwnMeasures(db, actor);
  const last = (instrument: MeasureResponse["instrument"]) =>
    responses.findLast((r) => r.instrument === instrument)?.takenOn ?? null;
  return {
    responses,
    due: {
      ...measuresDue(today, last("psfs"), last("peg")),
      ...screensDue(today, last("fabq"), last("work")),
    },
    psfsActivities: psfsActivities(responses),
  };
}
