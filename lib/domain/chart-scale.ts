/**
 * The top of a chart's value scale: a round number at or above the largest value, chosen so that its half
 * (the middle gridline) is a whole number too. Amounts are counted in whole minutes, repetitions, steps or
 * metres, so a tick such as "12.5 repetitions" would be a value nobody can log.
 */
export function niceScaleTop(values: number[], floor = 1): number {
  const max = Math.max(floor, ...values.filter(Number.isFinite));
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const candidates = [1, 2, 3, 4, 5, 6, 8, 10]
    .map((s) => s * magnitude)
    .filter((s) => Number.isInteger(s) && Number.isInteger(s / 2));
  return candidates.find((s) => s >= max) ?? Math.ceil(max / 2) * 2;
}

/** Gridlines for a scale from zero to `top`: zero, the middle and the top. */
export function scaleTicks(top: number): number[] {
  return [0, top / 2, top];
}
