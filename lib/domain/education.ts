/** Short education cards for the portal, in our own words, each with the article its facts come from. */
export type EducationCard = { title: string; body: string; source: string };

const TALL_TREE = "“How to Recover From Back Pain?”, Tall Tree Health";
const AT_HOME = "“Back Pain Treatments You Can Do At Home”";
const TIPS_36 = "“How to relieve back pain quickly? (36 tips)”";
const WENT_OUT = "“My Back Went Out. What Do I Do?”";

export const EDUCATION_CARDS: EducationCard[] = [
  {
    title: "Back pain is common and rarely serious",
    body: "Most people have back pain at some point. Serious causes are rare, and most episodes settle within a few weeks.",
    source: TALL_TREE,
  },
  {
    title: "Keep moving",
    body: "Lying in bed for days tends to slow recovery. Short, frequent spells of gentle movement help more.",
    source: TALL_TREE,
  },
  {
    title: "Build up step by step",
    body: "Pain often follows doing too much, too soon. Small regular increases give your body time to get used to more.",
    source: TALL_TREE,
  },
  {
    title: "Soreness is not harm",
    body: "Feeling a little sore when you start something new is normal. It does not mean you are damaging your back.",
    source: AT_HOME,
  },
  {
    title: "Flare-ups happen",
    body: "Bad days are part of recovery. Keep to your plan as best you can and tell your physiotherapist how it went.",
    source: WENT_OUT,
  },
  {
    title: "Ice or heat for short-term relief",
    body: "A cold pack or a warm one for 15 to 20 minutes can ease pain for a while. Protect your skin with a cloth.",
    source: AT_HOME,
  },
  {
    title: "Sleep matters",
    body: "Poor sleep can make pain feel worse. A regular bedtime and a comfortable position, such as a pillow between the knees, can help.",
    source: TIPS_36,
  },
  {
    title: "Stress matters too",
    body: "Worry and stress can turn up pain. A short walk, slow breathing or talking to someone you trust can take the edge off.",
    source: TIPS_36,
  },
];

/** The same card all day for a given date, a different one the next day. */
export function cardOfTheDay(date: string, cards: EducationCard[] = EDUCATION_CARDS): EducationCard {
  const dayNumber = Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
  return cards[((dayNumber % cards.length) + cards.length) % cards.length]!;
}
