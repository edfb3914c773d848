import { NextResponse } from "next/server";
import { z } from "zod";
import { auditView } from "@/lib/auth/audit-view";
import { readDbFor } from "@/lib/auth/own-writes";
import { staffOrStatus } from "@/lib/auth/session";
import { patientSeries } from "@/lib/charts/patient-series";
import { patientIdSchema } from "@/lib/validation/patient";
import { seriesRangeSchema } from "@/lib/validation/series-range";

const episodeParam = z.coerce.number().int().min(1).max(10_000);

const json = (status: number, body: unknown) =>
  NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * Chart data for one patient of the clinician's clinic, within one episode of care with `?episode=N`; 404 for
 * anything else (another clinic's patient, an episode the patient does not have).
 */
export async function GET(request: Request, { params }: { params: Promise<{ patientId: string }> }) {
  const who = await staffOrStatus();
  if ("status" in who)
    return json(who.status, {
      error:
        who.status === 401
          ? "Please sign in again."
          : who.status === 403
            ? "Set up two-step sign-in first."
            : "Not found.",
    });
  const id = patientIdSchema.safeParse((await params).patientId);
  const query = new URL(request.url).searchParams;
  const range = seriesRangeSchema.safeParse(query.get("range") ?? "4w");
  const episode = query.has("episode") ? episodeParam.safeParse(query.get("episode")) : null;
  if (!id.success) return json(404, { error: "Not found." });
  if (!range.success) return json(400, { error: "Unknown range." });
  if (episode && !episode.success) return json(404, { error: "Not found." });
  const db = await readDbFor(who.actor);
  const series = await patientSeries(db, who.actor, id.data, range.data, new Date(), episode?.data);
  if (!series) return json(404, { error: "Not found." });
  const { actor } = who;
  await auditView(db, actor, "patient.series.view", id.data, {
    range: range.data,
    ...(episode ? { episode: episode.data } : {}),
  });
  return json(200, series);
}
