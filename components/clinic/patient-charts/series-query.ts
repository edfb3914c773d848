import { queryOptions } from "@tanstack/react-query";
import type { PatientSeries } from "@/lib/charts/patient-series";
import type { SeriesRange } from "@/lib/validation/series-range";

/** The one definition of the patient chart query: used by the page to prefetch and by the charts to switch ranges. */
export function patientSeriesQuery(patientId: string, range: SeriesRange, episode?: number) {
  return queryOptions({
    queryKey: ["patient-series", patientId, range, episode ?? "current"],
    queryFn: async (): Promise<PatientSeries> => {
      const within = episode === undefined ? "" : `&episode=${episode}`;
      const response = await fetch(`/api/clinic/patients/${patientId}/series?range=${range}${within}`);
      if (!response.ok)
        throw new Error(
          response.status === 401
            ? "Your session has ended. Sign in again."
            : "The charts could not be loaded.",
        );
      return response.json();
    },
    staleTime: 60_000,
  });
}
