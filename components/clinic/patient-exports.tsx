import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** Links to the printable summary and the downloads; each opens a fresh, audited read on the server. */
export function PatientExports({ patientId }: { patientId: string }) {
  const api = `/api/clinic/patients/${patientId}`;
  return (
    <Card>
      <h2 className="font-semibold">Reports and export</h2>
      <ul className="mt-3 flex flex-col gap-2 text-sm">
        <li>
          <a href={`/patients/${patientId}/summary`} className={buttonClass("secondary", "w-full")}>
            Progress summary to print
          </a>
        </li>
        <li>
          {/* Plain links with `download`: route handlers, not pages, so no client-side navigation. */}
          <a href={`${api}/diary.csv`} download className={buttonClass("ghost", "w-full")}>
            Diary as CSV
          </a>
        </li>
        <li>
          <a href={`${api}/fhir`} download className={buttonClass("ghost", "w-full")}>
            FHIR R4 bundle (JSON)
          </a>
        </li>
      </ul>
    </Card>
  );
}
