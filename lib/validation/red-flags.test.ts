import { describe, expect, it } from "vitest";
import { HISTORY_CHANGED_KEY, HISTORY_KEYS, questionsToAsk } from "@/lib/domain/red-flags";
import { checkInAnswers, checkInFromForm, checkInInput } from "./red-flags";

const allNo = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, "no"]));
const keysOf = (historyKnown: boolean, changed: boolean | null = null) =>
  questionsToAsk(historyKnown, changed).map((q) => q.key);

describe("checkInAnswers (which questions had to be answered is the server's call)", () => {
  it("asks the fixed history on the first check-in", () => {
    const first = keysOf(false);
    const missing = checkInAnswers(allNo(first.filter((k) => k !== "cancer")), false);
    expect(missing.success).toBe(false);
    if (!missing.success) expect(missing.error.issues[0]?.path).toEqual(["answers", "cancer"]);
    expect(checkInAnswers(allNo(first), false)).toMatchObject({ success: true, data: { cancer: false } });
  });

  it("asks only 'anything changed' once the history is known, and ignores history answers then", () => {
    const later = keysOf(true, false);
    expect(later).toContain(HISTORY_CHANGED_KEY);
    for (const k of HISTORY_KEYS) expect(later).not.toContain(k);
    const answered = checkInAnswers({ ...allNo(later), cancer: "yes" }, true);
    expect(answered.success).toBe(true);
    if (answered.success) expect(answered.data.cancer).toBeUndefined();
  });

  it("asks the history again when the patient says something changed", () => {
    const changed = { ...allNo(keysOf(true, false)), [HISTORY_CHANGED_KEY]: "yes" };
    expect(checkInAnswers(changed, true).success).toBe(false);
    expect(checkInAnswers({ ...changed, ...allNo(HISTORY_KEYS) }, true).success).toBe(true);
  });
});

describe("checkInFromForm", () => {
  it("reads only the question fields, for checkInInput to parse", () => {
    const form = new FormData();
    form.set("clientId", "6f1c7d1e-2b7a-4b8e-9a3e-0c5d2f1a9b7c");
    form.set("answer.cancer", "no");
    form.set("answer.not_a_question", "yes");
    const parsed = checkInInput.safeParse(checkInFromForm(form));
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(parsed.data.answers).toEqual({ cancer: "no" });
  });
});
