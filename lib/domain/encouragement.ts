import { adherenceOf } from "./adherence";

export type Encouragement = { tone: "praise" | "steady" | "thanks"; text: string };

/**
 * What the portal says after a day is logged. Kind words about keeping to the plan, a gentle note about
 * doing much more than planned; never a claim about the patient's health.
 */
export function encouragementFor(
  items: { name: string; done: number; quota: number; unitStep?: number }[],
  /** Which day was logged, in words: "today", or "that day" when a past day is edited. */
  day = "today",
): Encouragement {
  const overshoot = items.filter((i) => adherenceOf(i.done, i.quota, i.unitStep) === "overshoot");
  if (overshoot.length > 0) {
    return {
      tone: "steady",
      text: `You did a lot more ${overshoot.map((i) => i.name.toLowerCase()).join(" and ")} than planned. It is tempting on a good day, but keeping close to your target works better: steady beats more.`,
    };
  }
  if (items.length > 0 && items.every((i) => adherenceOf(i.done, i.quota, i.unitStep) !== "under")) {
    return {
      tone: "praise",
      text: `You kept to your plan ${day}. That steady work is exactly what builds you up.`,
    };
  }
  return {
    tone: "thanks",
    text: "Thank you for logging your day. Every entry helps you and your physiotherapist see how things are going.",
  };
}
