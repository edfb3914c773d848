import { daysBetween, type LocalDate } from "../calendar";

/** How often each questionnaire is asked (docs/ARCHITECTURE.md: PSFS every 2 weeks after intake, PEG weekly). */
export const MEASURE_INTERVAL_DAYS = { psfs: 14, peg: 7 } as const;

export type MeasuresDue = {
  /** "intake": name 3-5 activities and rate them; "rerate": rate the same activities again. */
  psfs: "intake" | "rerate" | null;
  peg: boolean;
};

/** Which questionnaires the portal should ask for today. */
export function measuresDue(
  today: LocalDate,
  lastPsfsOn: LocalDate | null,
  lastPegOn: LocalDate | null,
): MeasuresDue {
  const psfs =
    lastPsfsOn === null
      ? "intake"
      : daysBetween(lastPsfsOn, today) >= MEASURE_INTERVAL_DAYS.psfs
        ? "rerate"
        : null;
  const peg = lastPegOn === null || daysBetween(lastPegOn, today) >= MEASURE_INTERVAL_DAYS.peg;
  return { psfs, peg };
}
