import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { getPatient } from "@/db/queries/patients";
import { requestMeta } from "@/lib/auth/request-meta";
import { episodeWindow, patientEpisodes } from "@/lib/episodes/episode-window";
import { attachment, notFound, staffAndPatientId } from "@/lib/interop/download";
import { patientDiaryExport } from "@/lib/interop/exports";

const episodeParam = z.coerce.number().int().min(1).max(10_000);

/**
 * One patient's diary as CSV, for staff of the patient's clinic; 404 for anyone else. Audited. With
 * `?episode=N`, only the days of that episode of care (a malformed or unknown episode is 404).
 */
export async function GET(request: Request, { params }: { params: Promise<{ patientId: string }> }) {
  const access = await staffAndPatientId(params);
  if (access instanceof NextResponse) return access;
  const asked = new URL(request.url).searchParams.get("episode");
  let episode: { number: number; from: string; to: string | null } | undefined;
  if (asked !== null) {
    const number = episodeParam.safeParse(asked);
    const patient = number.success ? await getPatient(access.db, access.actor, access.patientId) : null;
    if (!number.success || !patient) return notFound();
    episode =
      episodeWindow(await patientEpisodes(access.db, access.actor, patient), number.data) ?? undefined;
    if (!episode) return notFound();
  }
  const file = await patientDiaryExport(
    access.db,
    access.actor,
    access.patientId,
    await requestMeta(),
    episode,
  );
  if (!file) return notFound();
  return attachment(file.body, "text/csv; charset=utf-8", file.filename);
}
