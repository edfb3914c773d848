import type { LocalDate } from "../calendar";
import { scoreFabq, type FabqScore } from "./fabq";
import { returnToWork, type ReturnToWork, type WorkAnswers, type WorkStatus } from "./work-status";

/** A stored questionnaire as the screens read it (the measure_responses row). */
export type ScreenResponse = { instrument: string; takenOn: LocalDate; answers: unknown };

export type WorkWeek = { date: LocalDate; status: WorkStatus; daysOffSick: number | null };

export type Screens = {
  /** The intake FABQ with both subscales and whether each is above its cut-off (null before it is answered). */
  fabq: (FabqScore & { takenOn: LocalDate }) | null;
  /** Every work-status answer, oldest first. */
  work: WorkWeek[];
  /** Back at work at full hours, by the trials' sustained definition (see returnToWork). */
  fullReturn: ReturnToWork;
};

/** The psychosocial screen and the work history, from the patient's stored questionnaires. */
export function screensFrom(responses: ScreenResponse[], today: LocalDate): Screens {
  const sorted = [...responses].sort((a, b) => (a.takenOn < b.takenOn ? -1 : a.takenOn > b.takenOn ? 1 : 0));
  const fabqRow = sorted.find((r) => r.instrument === "fabq");
  const work = sorted
    .filter((r) => r.instrument === "work")
    .map((r) => ({ date: r.takenOn, ...(r.answers as WorkAnswers) }));
  return {
    fabq: fabqRow
      ? { takenOn: fabqRow.takenOn, ...scoreFabq((fabqRow.answers as { ratings: number[] }).ratings) }
      : null,
    work,
    fullReturn: returnToWork(work, "full_hours", today),
  };
}
