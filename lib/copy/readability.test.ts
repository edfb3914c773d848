import { describe, expect, it } from "vitest";
import { adviceCopy } from "./advice";
import { portalCopy } from "./portal-copy";
import { FABQ_PARTS, WORK_CHOICES } from "./questionnaires";
import { gradeOf, MAX_GRADE } from "./readability";
import { EDUCATION_CARDS } from "@/lib/domain/education";
import { encouragementFor } from "@/lib/domain/encouragement";
import { RED_FLAG_QUESTIONS } from "@/lib/domain/red-flags";

// Flesch-Kincaid needs sentences: a one-word label ("Questionnaires") scores grade 30 on syllables alone, so
// single words and two-word labels are read within their page's passage only, not on their own.
const SENTENCE_WORDS = 6;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe("the portal's copy reads at grade 6 or below (Flesch-Kincaid)", () => {
  const pieces = portalCopy();

  it("finds the copy of every portal page and component", () => {
    expect(new Set(pieces.map((p) => p.file)).size).toBeGreaterThan(15);
    expect(pieces.some((p) => p.text.includes("Safety questions"))).toBe(true);
  });

  it.each(pieces.filter((p) => words(p.text) >= SENTENCE_WORDS).map((p) => [p.file, p.text]))(
    "%s: %s",
    (_file, text) => {
      expect(gradeOf([text])).toBeLessThanOrEqual(MAX_GRADE);
    },
  );

  const byFile = new Map<string, string[]>();
  for (const p of pieces.filter((p) => words(p.text) >= 3))
    byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.text]);
  it.each([...byFile])("%s as a whole", (_file, texts) => {
    expect(gradeOf(texts)).toBeLessThanOrEqual(MAX_GRADE);
  });

  it.each(RED_FLAG_QUESTIONS.flatMap((q) => [q.text, q.said]))("safety question: %s", (text) => {
    expect(gradeOf([text])).toBeLessThanOrEqual(MAX_GRADE);
  });

  // The FABQ's 16 items (lib/domain/outcomes/fabq.ts) are not read here: a published instrument keeps its
  // own wording. Our instructions around them are.
  it.each([...Object.values(WORK_CHOICES), ...FABQ_PARTS.map((p) => p.intro)])(
    "questionnaire: %s",
    (text) => {
      expect(gradeOf([text])).toBeLessThanOrEqual(MAX_GRADE);
    },
  );

  it.each(EDUCATION_CARDS.map((c) => [c.title, c.body]))("card: %s", (title, body) => {
    expect(gradeOf([title, body])).toBeLessThanOrEqual(MAX_GRADE);
  });

  const screens = {
    emergency: [adviceCopy.emergency.heading, ...adviceCopy.emergency.lines("999"), adviceCopy.physioWillSee],
    urgent: [adviceCopy.urgent.heading, ...adviceCopy.urgent.lines("999"), adviceCopy.physioWillSee],
    "urgent, no country set": [adviceCopy.urgent.heading, ...adviceCopy.urgent.lines(null)],
  };
  it.each(Object.entries(screens))("the %s advice screen", (_name, lines) => {
    expect(gradeOf(lines)).toBeLessThanOrEqual(MAX_GRADE);
    for (const line of lines.filter((l) => words(l) >= SENTENCE_WORDS))
      expect(gradeOf([line]), line).toBeLessThanOrEqual(MAX_GRADE);
  });

  it("the emergency screen is in short lines", () => {
    for (const line of adviceCopy.emergency.lines("999")) expect(words(line)).toBeLessThanOrEqual(12);
  });

  it.each([
    [[{ name: "Walking", done: 40, quota: 20 }]],
    [[{ name: "Walking", done: 20, quota: 20 }]],
    [[{ name: "Walking", done: 5, quota: 20 }]],
  ])("encouragement after a day: %j", (items) => {
    expect(gradeOf([encouragementFor(items).text])).toBeLessThanOrEqual(MAX_GRADE);
  });
});

describe("gradeOf", () => {
  it("scores plain short sentences low and long words high", () => {
    expect(gradeOf(["The cat sat on the mat."])).toBeLessThan(2);
    expect(
      gradeOf([
        "Musculoskeletal rehabilitation necessitates individualised multidisciplinary interventions.",
      ]),
    ).toBeGreaterThan(12);
  });
});
