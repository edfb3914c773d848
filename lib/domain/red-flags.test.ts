import { describe, expect, it } from "vitest";
import { addDays } from "./calendar";
import {
  checkInDue,
  HISTORY_CHANGED_KEY,
  HISTORY_KEYS,
  historyKnownFrom,
  questionsToAsk,
  positiveAnswers,
  RED_FLAG_KEYS,
  RED_FLAG_QUESTIONS,
  redFlagTier,
  type CheckInSignals,
  type RedFlagAnswers,
  type RedFlagKey,
} from "./red-flags";

const allNo = () => Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, false])) as RedFlagAnswers;
const only = (...keys: RedFlagKey[]) => ({ ...allNo(), ...Object.fromEntries(keys.map((k) => [k, true])) });

describe("redFlagTier", () => {
  it("is none when every answer is no", () => {
    expect(redFlagTier(allNo())).toBe("none");
  });

  // The tier of each question alone, with its source (see RED_FLAG_QUESTIONS.source).
  const expected: Record<RedFlagKey, "none" | "urgent" | "emergency"> = {
    saddle_numbness: "emergency", // NHS CES card
    wiping: "emergency", // NHS CES card
    bladder: "emergency", // NHS CES card, NHS back pain 999
    bowel: "emergency", // NHS CES card, NHS back pain 999
    sexual_function: "emergency", // NHS CES card
    both_legs: "emergency", // NHS back pain 999
    leg_weakness: "emergency", // IFOMPT 2020, worsening deficit
    chest_pain: "emergency", // NHS back pain 999
    injury: "emergency", // NHS back pain 999: after a serious accident
    fever: "urgent",
    weight_loss: "urgent",
    night_pain: "urgent",
    cancer: "urgent",
    leg_numb_weak: "urgent", // one leg with weakness or numbness
    leg_pain: "none", // one leg pain alone: common sciatica
    history_changed: "none", // only brings the history questions back
  };
  it.each(Object.entries(expected))("a yes to %s alone is %s", (key, tier) => {
    expect(redFlagTier(only(key as RedFlagKey))).toBe(tier);
  });

  it("covers every question in the table above, each with its source", () => {
    expect(Object.keys(expected).sort()).toEqual([...RED_FLAG_KEYS].sort());
    for (const q of RED_FLAG_QUESTIONS) expect(q.source.length).toBeGreaterThan(10);
  });

  it("one-leg pain is urgent only with weakness or numbness, an emergency in both legs", () => {
    expect(redFlagTier(only("leg_pain"))).toBe("none");
    expect(redFlagTier(only("leg_pain", "leg_numb_weak"))).toBe("urgent");
    expect(redFlagTier(only("leg_pain", "both_legs"))).toBe("emergency");
  });

  it("takes the most serious tier when answers mix", () => {
    expect(redFlagTier(only("leg_pain", "bladder"))).toBe("emergency");
    expect(redFlagTier(only("fever", "cancer"))).toBe("urgent");
  });

  it("counts only the questions asked (absent answers are not yes)", () => {
    expect(redFlagTier({ fever: false, history_changed: false })).toBe("none");
  });

  it("lists positive answers emergency first", () => {
    expect(positiveAnswers(only("leg_pain", "fever", "bowel")).map((q) => q.key)).toEqual([
      "bowel",
      "fever",
      "leg_pain",
    ]);
  });

  it("keeps questions short enough to read on a bad day", () => {
    for (const q of RED_FLAG_QUESTIONS) expect(q.text.split(" ").length).toBeLessThanOrEqual(20);
  });
});

describe("fixed history is asked once, and again only when something changed", () => {
  const keys = (qs: readonly { key: string }[]) => qs.map((q) => q.key);
  it("first check-in: the history questions, not the 'changed' one", () => {
    const asked = keys(questionsToAsk(false));
    expect(asked).toEqual(expect.arrayContaining([...HISTORY_KEYS]));
    expect(asked).not.toContain(HISTORY_CHANGED_KEY);
  });
  it("later: only whether anything changed", () => {
    const asked = keys(questionsToAsk(true, null));
    expect(asked).toContain(HISTORY_CHANGED_KEY);
    for (const k of HISTORY_KEYS) expect(asked).not.toContain(k);
    expect(keys(questionsToAsk(true, false))).toEqual(asked);
  });
  it("a 'yes, something changed' asks the history again", () => {
    expect(keys(questionsToAsk(true, true))).toEqual(expect.arrayContaining([...HISTORY_KEYS]));
  });
  it("knows the history from any earlier complete answer", () => {
    expect(historyKnownFrom([])).toBe(false);
    expect(historyKnownFrom([{ cancer: true }])).toBe(false);
    expect(historyKnownFrom([{ fever: false }, { cancer: true, injury: false }])).toBe(true);
  });
  it("a past cancer said once does not bring the urgent screen back", () => {
    expect(redFlagTier({ ...allNoAsked(true), cancer: true })).toBe("urgent");
    expect(redFlagTier({ ...allNoAsked(false) })).toBe("none");
  });
});

function allNoAsked(firstTime: boolean): RedFlagAnswers {
  return Object.fromEntries(questionsToAsk(!firstTime).map((q) => [q.key, false]));
}

const today = "2026-05-20";
/** A diary day saved at 20:00 UTC on its date (a moment, as the trigger compares moments). */
const at = (date: string, time = "20:00") => new Date(`${date}T${time}:00Z`);
const day = (offset: number, pain: number, extra: Partial<CheckInSignals["days"][number]> = {}) => ({
  date: addDays(today, offset),
  savedAt: at(addDays(today, offset)),
  painNow: pain,
  painAverage: pain,
  flareUp: false,
  ...extra,
});
/** A check-in answered `offset` days from today, at `time` (UTC). */
const checkIn = (offset: number, time = "21:00") => ({
  on: addDays(today, offset),
  at: at(addDays(today, offset), time),
});
const steady = (pain: number) => [-8, -7, -6, -5, -4, -3, -2].map((o) => day(o, pain));

describe("checkInDue", () => {
  it("asks at onboarding when the patient has never answered", () => {
    expect(checkInDue({ today, lastCheckIn: null, days: [] })?.trigger).toBe("onboarding");
  });

  it("asks weekly: not on day 6, yes on day 7", () => {
    expect(checkInDue({ today, lastCheckIn: checkIn(-6), days: [] })).toBeNull();
    expect(checkInDue({ today, lastCheckIn: checkIn(-7), days: [] })?.trigger).toBe("weekly");
  });

  it("asks after a diary day with pain 7, not 6", () => {
    const base = { today, lastCheckIn: checkIn(-1) };
    expect(checkInDue({ ...base, days: [day(0, 6)] })).toBeNull();
    expect(checkInDue({ ...base, days: [day(0, 7)] })).toMatchObject({ trigger: "diary" });
    expect(checkInDue({ ...base, days: [day(0, 3, { painNow: 7 })] })).toMatchObject({ trigger: "diary" });
  });

  it("asks after a rise of 2 over the usual, not 1.9", () => {
    const base = { today, lastCheckIn: checkIn(-1) };
    expect(checkInDue({ ...base, days: [...steady(3), day(0, 5)] })?.trigger).toBe("diary");
    const usual = [...steady(3), day(-1, 4)]; // mean of the 7 days before today: 3.14...
    expect(checkInDue({ ...base, days: [...usual.slice(1), day(0, 5)] })).toBeNull();
  });

  it("asks after a flare-up whatever the pain", () => {
    const signals = { today, lastCheckIn: checkIn(-1), days: [day(0, 2, { flareUp: true })] };
    expect(checkInDue(signals)).toEqual({ trigger: "diary", reason: "You logged a flare-up.", day: today });
  });

  it("still asks the next morning about yesterday, but not about the day before", () => {
    expect(checkInDue({ today, lastCheckIn: checkIn(-3), days: [day(-1, 8)] })?.trigger).toBe("diary");
    expect(checkInDue({ today, lastCheckIn: checkIn(-3), days: [day(-2, 8)] })).toBeNull();
  });

  it("does not ask again once answered after the worrying day was saved", () => {
    expect(checkInDue({ today, lastCheckIn: checkIn(0), days: [day(0, 9)] })).toBeNull();
    expect(checkInDue({ today, lastCheckIn: checkIn(0), days: [day(-1, 9)] })).toBeNull();
  });

  it("puts a worrying diary day before onboarding", () => {
    expect(checkInDue({ today, lastCheckIn: null, days: [day(0, 8)] })?.trigger).toBe("diary");
  });

  describe("same-day re-ask compares moments, not dates", () => {
    const evening = day(0, 8, { savedAt: at(today, "19:00") });
    it("a worrying evening saved after a morning check-in asks again", () => {
      expect(checkInDue({ today, lastCheckIn: checkIn(0, "08:00"), days: [evening] })).toMatchObject({
        trigger: "diary",
        day: today,
      });
    });
    it("a check-in a second after the save covers it; one a second before does not", () => {
      const justAfter = { on: today, at: new Date(evening.savedAt.getTime() + 1000) };
      const justBefore = { on: today, at: new Date(evening.savedAt.getTime() - 1000) };
      const same = { on: today, at: evening.savedAt };
      expect(checkInDue({ today, lastCheckIn: justAfter, days: [evening] })).toBeNull();
      expect(checkInDue({ today, lastCheckIn: same, days: [evening] })).toBeNull();
      expect(checkInDue({ today, lastCheckIn: justBefore, days: [evening] })?.trigger).toBe("diary");
    });
  });
});
