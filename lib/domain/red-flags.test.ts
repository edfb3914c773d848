import { describe, expect, it } from "vitest";
import { addDays } from "./calendar";
import {
  checkInDue,
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

  const expected: Record<RedFlagKey, "urgent" | "emergency"> = {
    saddle_numbness: "emergency",
    bladder: "emergency",
    bowel: "emergency",
    leg_weakness: "emergency",
    fever: "urgent",
    weight_loss: "urgent",
    night_pain: "urgent",
    injury: "urgent",
    cancer: "urgent",
    leg_pain: "urgent",
  };
  it.each(Object.entries(expected))("a yes to %s alone is %s", (key, tier) => {
    expect(redFlagTier(only(key as RedFlagKey))).toBe(tier);
  });

  it("covers every question in the table above", () => {
    expect(Object.keys(expected).sort()).toEqual([...RED_FLAG_KEYS].sort());
  });

  it("takes the most serious tier when answers mix", () => {
    expect(redFlagTier(only("leg_pain", "bladder"))).toBe("emergency");
    expect(redFlagTier(only("fever", "injury"))).toBe("urgent");
  });

  it("lists positive answers emergency first", () => {
    expect(positiveAnswers(only("leg_pain", "bowel")).map((q) => q.key)).toEqual(["bowel", "leg_pain"]);
  });

  it("keeps questions short enough to read on a bad day", () => {
    for (const q of RED_FLAG_QUESTIONS) expect(q.text.split(" ").length).toBeLessThanOrEqual(20);
  });
});

const today = "2026-05-20";
const day = (offset: number, pain: number, extra: Partial<CheckInSignals["days"][number]> = {}) => ({
  date: addDays(today, offset),
  painNow: pain,
  painAverage: pain,
  flareUp: false,
  ...extra,
});
const steady = (pain: number) => [-8, -7, -6, -5, -4, -3, -2].map((o) => day(o, pain));

describe("checkInDue", () => {
  it("asks at onboarding when the patient has never answered", () => {
    expect(checkInDue({ today, lastCheckInOn: null, days: [] })?.trigger).toBe("onboarding");
  });

  it("asks weekly: not on day 6, yes on day 7", () => {
    expect(checkInDue({ today, lastCheckInOn: addDays(today, -6), days: [] })).toBeNull();
    expect(checkInDue({ today, lastCheckInOn: addDays(today, -7), days: [] })?.trigger).toBe("weekly");
  });

  it("asks after a diary day with pain 7, not 6", () => {
    const base = { today, lastCheckInOn: addDays(today, -1) };
    expect(checkInDue({ ...base, days: [day(0, 6)] })).toBeNull();
    expect(checkInDue({ ...base, days: [day(0, 7)] })).toMatchObject({ trigger: "diary" });
    expect(checkInDue({ ...base, days: [day(0, 3, { painNow: 7 })] })).toMatchObject({ trigger: "diary" });
  });

  it("asks after a rise of 2 over the usual, not 1.9", () => {
    const base = { today, lastCheckInOn: addDays(today, -1) };
    expect(checkInDue({ ...base, days: [...steady(3), day(0, 5)] })?.trigger).toBe("diary");
    const usual = [...steady(3), day(-1, 4)]; // mean of the 7 days before today: 3.14...
    expect(checkInDue({ ...base, days: [...usual.slice(1), day(0, 5)] })).toBeNull();
  });

  it("asks after a flare-up whatever the pain", () => {
    const signals = { today, lastCheckInOn: addDays(today, -1), days: [day(0, 2, { flareUp: true })] };
    expect(checkInDue(signals)).toEqual({ trigger: "diary", reason: "You logged a flare-up.", day: today });
  });

  it("still asks the next morning about yesterday, but not about the day before", () => {
    expect(checkInDue({ today, lastCheckInOn: addDays(today, -3), days: [day(-1, 8)] })?.trigger).toBe(
      "diary",
    );
    expect(checkInDue({ today, lastCheckInOn: addDays(today, -3), days: [day(-2, 8)] })).toBeNull();
  });

  it("does not ask again once answered on or after the worrying day", () => {
    expect(checkInDue({ today, lastCheckInOn: today, days: [day(0, 9)] })).toBeNull();
    expect(checkInDue({ today, lastCheckInOn: today, days: [day(-1, 9)] })).toBeNull();
  });

  it("puts a worrying diary day before onboarding", () => {
    expect(checkInDue({ today, lastCheckInOn: null, days: [day(0, 8)] })?.trigger).toBe("diary");
  });
});
