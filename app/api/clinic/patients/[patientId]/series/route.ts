import { NextResponse } from "next/server";
import { auditView } from "@/lib/auth/audit-view";
import { readDbFor } from "@/lib/auth/own-writes";
import { staffOrStatus } from "@/lib/auth/session";
import { patientSeries } from "@/lib/charts/patient-series";
import { patientIdSchema } from "@/lib/validation/patient";
import { seriesRangeSchema } from "@/lib/validation/series-range";

const json = (status: number, body: unknown) =>
  NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** Chart data for one patient of the clinician's clinic; 404 for anything else. */
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
  const range = seriesRangeSchema.safeParse(new URL(request.url).searchParams.get("range") ?? "4w");
  if (!id.success) return json(404, { error: "Not found." });
  if (!range.success) return json(400, { error: "Unknown range." });
  const db = await readDbFor(who.actor);
  const series = await patientSeries(db, who.actor, id.data, range.data);
  if (!series) return json(404, { error: "Not found." });
  const { actor } = who;
  await auditView(db, actor, "patient.series.view", id.data, { range: range.data });
  return json(200, series);
}
