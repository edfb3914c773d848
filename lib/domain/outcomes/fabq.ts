/**
 * Fear-Avoidance Beliefs Questionnaire (FABQ): Waddell G, Newton M, Henderson I, Somerville D, Main CJ.
 * Pain 1993;52:157-168. The psychosocial screen at intake that NICE NG59 asks for (risk stratification).
 *
 * Licence, checked with the search tool on 2026-12-01: the Shirley Ryan AbilityLab Rehabilitation Measures
 * database lists the FABQ's cost as "Free" with no training required, and it is reproduced without a licence
 * fee by Physiopedia, the JOSPT low back pain guideline tables (PMC4893951) and clinic forms. No copyright
 * holder's terms forbidding electronic or in-software use were found (unlike STarT Back and the Oswestry,
 * which need a licence). We embed the items unchanged, credit the authors, and do not alter the wording.
 *
 * Item wording is the instrument's own (it is exempt from the portal's readability test: a published
 * instrument must not be reworded). Each item is rated 0 (completely disagree) to 6 (completely agree).
 */
export const FABQ_ITEMS = [
  "My pain was caused by physical activity.",
  "Physical activity makes my pain worse.",
  "Physical activity might harm my back.",
  "I should not do physical activities which (might) make my pain worse.",
  "I cannot do physical activities which (might) make my pain worse.",
  "My pain was caused by my work or by an accident at work.",
  "My work aggravated my pain.",
  "I have a claim for compensation for my pain.",
  "My work is too heavy for me.",
  "My work makes or would make my pain worse.",
  "My work might harm my back.",
  "I should not do my normal work with my present pain.",
  "I cannot do my normal work with my present pain.",
  "I cannot do my normal work till my pain is treated.",
  "I do not think that I will be back to my normal work within 3 months.",
  "I do not think that I will ever be able to go back to that work.",
] as const;

/** Items 1-5 are about physical activity, 6-16 about work (the two parts of the published form). */
export const FABQ_PART_ONE_ITEMS = 5;

export const FABQ_RATING = { min: 0, max: 6 } as const;

/** The scale's anchors as printed (0 completely disagree, 3 unsure, 6 completely agree). */
export const FABQ_ANCHORS = { 0: "Completely disagree", 3: "Unsure", 6: "Completely agree" } as const;

/**
 * Subscales per Waddell 1993 (1-based item numbers): physical activity = items 2-5 (0-24); work = items
 * 6, 7, 9, 10, 11, 12, 15 (0-42). Items 1, 8, 13, 14 and 16 are asked but not scored, as published.
 */
export const FABQ_SUBSCALES = {
  physicalActivity: [2, 3, 4, 5],
  work: [6, 7, 9, 10, 11, 12, 15],
} as const;

/**
 * Cut-offs (a score ABOVE the value is "high"):
 * - Work > 34: Fritz JM, George SZ. Phys Ther 2002;82:973-983 (acute work-related LBP: higher risk of not
 *   returning to work at 4 weeks).
 * - Physical activity > 14: Burton AK et al. Spine 1999;24:2484-2491, the threshold for elevated
 *   fear-avoidance re-used by George SZ et al. (J Orthop Sports Phys Ther 2010, PMC2881572).
 */
export const FABQ_CUTOFFS = {
  work: { above: 34, max: 42, source: "Fritz & George, Phys Ther 2002;82:973-983" },
  physicalActivity: { above: 14, max: 24, source: "Burton et al., Spine 1999;24:2484-2491" },
} as const;

export type FabqSubscale = keyof typeof FABQ_SUBSCALES;
export type FabqScore = {
  physicalActivity: number;
  work: number;
  /** Above the subscale's cut-off. */
  highPhysicalActivity: boolean;
  highWork: boolean;
};

/** Sums the published subscales of 16 ratings (index 0 = item 1). */
export function scoreFabq(ratings: readonly number[]): FabqScore {
  if (ratings.length !== FABQ_ITEMS.length) throw new RangeError(`FABQ needs ${FABQ_ITEMS.length} ratings`);
  for (const r of ratings)
    if (!Number.isInteger(r) || r < FABQ_RATING.min || r > FABQ_RATING.max)
      throw new RangeError(`Not a 0-6 rating: ${r}`);
  const sum = (items: readonly number[]) => items.reduce((total, item) => total + ratings[item - 1]!, 0);
  const physicalActivity = sum(FABQ_SUBSCALES.physicalActivity);
  const work = sum(FABQ_SUBSCALES.work);
  return {
    physicalActivity,
    work,
    highPhysicalActivity: physicalActivity > FABQ_CUTOFFS.physicalActivity.above,
    highWork: work > FABQ_CUTOFFS.work.above,
  };
}
