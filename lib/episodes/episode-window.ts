import "server-only";
import type { StaffActor } from "@/db/actor";
import type { Queryable } from "@/db/client";
import { listEpisodes } from "@/db/queries/episodes";
import { episodeSpans, type EpisodeSpan } from "@/lib/domain/episodes";
import { localDate } from "@/lib/domain/local-time";

/** A patient's episodes of care as the clinic pages list them (the first filled in before any is stored). */
export async function patientEpisodes(
  db: Queryable,
  actor: StaffActor,
  patient: { id: string; timeZone: string; createdAt: Date },
) {
  const stored = await listEpisodes(db, actor, patient.id);
  return episodeSpans(stored, localDate(patient.timeZone, patient.createdAt)).map((e) => ({
    dischargeReason: null,
    dischargedByName: null,
    maintenanceMessage: null,
    ...e,
  }));
}

/** The days an episode covers, for per-episode summaries and exports; null for an episode that is not there. */
export function episodeWindow(spans: readonly EpisodeSpan[], number: number | undefined) {
  const span = number === undefined ? spans.at(-1) : spans.find((s) => s.number === number);
  return span ? { number: span.number, from: span.startedOn, to: span.endedOn } : null;
}
