import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/**
 * Links to the printable summary and the downloads; each opens a fresh, audited read on the server. With an
 * earlier episode picked, the summary and the diary are that episode's; the FHIR bundle is the whole record.
 */
export function PatientExports({ patientId, episode }: { patientId: string; episode?: number }) {
  const api = `/api/clinic/patients/${patientId}`;
  const within = episode === undefined ? "" : `?episode=${episode}`;
  return (
    <Card>
      <h2 className="font-semibold">Reports and export</h2>
      <ul className="mt-3 flex flex-col gap-2 text-sm">
        <li>
          <a href={`/patients/${patientId}/summary${within}`} className={buttonClass("secondary", "w-full")}>
            {episode === undefined ? "Progress summary to print" : `Summary of episode ${episode} to print`}
          </a>
        </li>
        <li>
          {/* Plain links with `download`: route handlers, not pages, so no client-side navigation. */}
          <a href={`${api}/diary.csv${within}`} download className={buttonClass("ghost", "w-full")}>
            {episode === undefined ? "Diary as CSV" : `Diary of episode ${episode} as CSV`}
          </a>
        </li>
        <li>
          <a href={`${api}/fhir`} download className={buttonClass("ghost", "w-full")}>
            {episode === undefined ? "FHIR R4 bundle (JSON)" : "FHIR R4 bundle of the whole record (JSON)"}
          </a>
        </li>
      </ul>
    </Card>
  );
}
