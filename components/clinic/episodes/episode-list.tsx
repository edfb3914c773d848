import Link from "next/link";
import { DISCHARGE_REASON_LABEL, type DischargeReason } from "@/lib/domain/episodes";

export type EpisodeItem = {
  number: number;
  startedOn: string;
  endedOn: string | null;
  dischargeReason: DischargeReason | null;
  dischargedByName?: string | null;
};

const day = (d: string) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${d}T00:00:00Z`),
  );

/** Every episode of care, newest first, each with its own summary, charts' window and diary export. */
export function EpisodeList({
  patientId,
  episodes,
  viewing,
}: {
  patientId: string;
  episodes: EpisodeItem[];
  /** The episode the page shows now. */
  viewing?: number;
}) {
  const current = episodes.at(-1)?.number;
  return (
    <ol className="flex flex-col gap-3 text-sm">
      {[...episodes].reverse().map((e) => (
        <li key={e.number} className="rounded-lg border border-slate-200 p-3">
          <p className="font-medium">
            Episode {e.number}: {day(e.startedOn)} – {e.endedOn ? day(e.endedOn) : "now"}
          </p>
          {e.dischargeReason ? (
            <p className="text-slate-600">
              Discharged: {DISCHARGE_REASON_LABEL[e.dischargeReason]}
              {e.dischargedByName ? `, by ${e.dischargedByName}` : ""}
            </p>
          ) : null}
          <p className="mt-1 flex flex-wrap gap-x-4">
            {episodes.length > 1 ? (
              e.number === viewing ? (
                <span className="text-slate-600">Shown on this page</span>
              ) : (
                <Link
                  className="font-medium text-brand-700 underline underline-offset-4"
                  href={
                    e.number === current
                      ? `/patients/${patientId}`
                      : `/patients/${patientId}?episode=${e.number}`
                  }
                >
                  Show here<span className="sr-only"> episode {e.number}</span>
                </Link>
              )
            ) : null}
            <Link
              className="font-medium text-brand-700 underline underline-offset-4"
              href={`/patients/${patientId}/summary?episode=${e.number}`}
            >
              {e.endedOn ? "Discharge summary" : "Summary"}
              <span className="sr-only"> of episode {e.number}</span>
            </Link>
            <a
              className="font-medium text-brand-700 underline underline-offset-4"
              href={`/api/clinic/patients/${patientId}/diary.csv?episode=${e.number}`}
            >
              Diary CSV<span className="sr-only"> of episode {e.number}</span>
            </a>
          </p>
        </li>
      ))}
    </ol>
  );
}
