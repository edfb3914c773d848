import readability from "text-readability";

/** The highest Flesch-Kincaid grade the portal's copy may have: plain words for a patient in pain. */
export const MAX_GRADE = 6;

/**
 * Flesch-Kincaid grade of a passage (text-readability, after Kincaid et al. 1975). Pieces without an end
 * mark are read as one sentence each, as a patient reads a label or a button.
 */
export function gradeOf(pieces: string[]): number {
  const text = pieces.map((p) => (/[.!?:]$/.test(p) ? p : `${p}.`)).join(" ");
  return readability.fleschKincaidGrade(text);
}
