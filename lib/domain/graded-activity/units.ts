export const UNITS = ["minutes", "repetitions", "steps", "metres"] as const;
export type Unit = (typeof UNITS)[number];

/** Quotas are whole minutes and repetitions, steps to the nearest 100, metres to the nearest 10. */
export const UNIT_STEP: Record<Unit, number> = { minutes: 1, repetitions: 1, steps: 100, metres: 10 };

/** Upper bounds that catch typing slips (a goal of 3000 minutes a day is not a plan). */
export const UNIT_MAX: Record<Unit, number> = {
  minutes: 600,
  repetitions: 500,
  steps: 40_000,
  metres: 40_000,
};

export const UNIT_LABEL: Record<Unit, { one: string; many: string; short: string }> = {
  minutes: { one: "minute", many: "minutes", short: "min" },
  repetitions: { one: "repetition", many: "repetitions", short: "reps" },
  steps: { one: "step", many: "steps", short: "steps" },
  metres: { one: "metre", many: "metres", short: "m" },
};

export function roundToUnit(value: number, unit: Unit): number {
  const step = UNIT_STEP[unit];
  // The small epsilon keeps 2.5 from becoming 2 after floating-point drift (2.4999999…).
  return Math.round(value / step + 1e-9) * step;
}

/**
 * An amount in words, in whole units: a baseline mean of 13.67 minutes reads "14 minutes". Every unit is
 * logged and planned in whole numbers, so a fraction only adds noise (and a false precision).
 */
export function formatAmount(amount: number, unit: Unit): string {
  const label = UNIT_LABEL[unit];
  const shown = Math.round(amount);
  return `${shown.toLocaleString("en-GB")} ${shown === 1 ? label.one : label.many}`;
}
