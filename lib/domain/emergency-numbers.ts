/**
 * The number to call for a medical emergency, by the clinic's country (ISO 3166-1 alpha-2), so the urgent and
 * emergency screens name one number rather than a list. Sources: the single European emergency number 112
 * (European Electronic Communications Code, Directive (EU) 2018/1972, art. 109), which also works in the EEA
 * and Switzerland; the national numbers from each country's regulator or emergency service: UK 999 (Ofcom),
 * US and Canada 911 (FCC, CRTC), Australia 000 (ACMA Triple Zero), New Zealand 111 (NZ Police), Norway 113
 * (medical emergencies, Helsedirektoratet), Switzerland 144 (ambulance), Japan 119 (Fire and Disaster
 * Management Agency), India 112 (ERSS).
 */
const EU_EEA_112 = [
  "AT",
  "BE",
  "BG",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "HU",
  "IE",
  "IS",
  "IT",
  "LI",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SE",
  "SI",
  "SK",
] as const;

export const EMERGENCY_NUMBERS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(EU_EEA_112.map((c) => [c, "112"])),
  GB: "999",
  US: "911",
  CA: "911",
  AU: "000",
  NZ: "111",
  NO: "113",
  CH: "144",
  JP: "119",
  IN: "112",
};

export const EMERGENCY_COUNTRIES = Object.keys(EMERGENCY_NUMBERS).sort();

/** The emergency number for a country, or null when the clinic has not set a country we know. */
export function emergencyNumberFor(country: string | null): string | null {
  return country ? (EMERGENCY_NUMBERS[country.toUpperCase()] ?? null) : null;
}

/** A phone number as a tel: link target: digits, with a leading + kept (RFC 3966 global number). */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith("+") ? "+" : ""}${trimmed.replace(/\D/g, "")}`;
}
