import type { Patient } from "fhir/r4";
import type { ExportRecord } from "./record";

/**
 * The Patient resource. The app stores one full name (as the patient gave it), so it goes in `name.text`
 * rather than being split into given and family names by guesswork.
 */
export function patientResource(p: ExportRecord["patient"]): Patient {
  return {
    resourceType: "Patient",
    id: p.id,
    identifier: [{ system: "urn:ietf:rfc:3986", value: `urn:uuid:${p.id}` }],
    active: p.status !== "discharged",
    name: [{ use: "usual", text: p.fullName }],
    telecom: [{ system: "email", value: p.email }],
  };
}
