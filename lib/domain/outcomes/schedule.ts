import { daysBetween, type LocalDate } from "../calendar";
import { WORK_INTERVAL_DAYS } from "./work-status";

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

/**
 * The intake screens: the FABQ once (a psychosocial screen at intake, NICE NG59), and work status at intake
 * and then every WORK_INTERVAL_DAYS (7).
 */
export function screensDue(today: LocalDate, lastFabqOn: LocalDate | null, lastWorkOn: LocalDate | null) {
  return {
    fabq: lastFabqOn === null,
    work: lastWorkOn === null || daysBetween(lastWorkOn, today) >= WORK_INTERVAL_DAYS,
  };
}
