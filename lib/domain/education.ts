/**
 * Short education cards for the portal, in our own words, each citing the seed article (DESIGN.md: the five
 * articles Gradus was conceived from) that says what the card says. `seed` is the article's file in the
 * shared seed folder and `facts` the words that fact is stated with there, so a test can check the card
 * cites the article that really says it. Firm claims carry "usually" where the article hedges.
 */
export type EducationCard = {
  title: string;
  body: string;
  source: string;
  seed: string;
  /** Each of these appears in the seed article, near the fact the card states (checked by a test). */
  facts: string[];
};

const TALL_TREE = {
  source: "“How to Recover From Back Pain?”, Tall Tree Health",
  seed: "how-to-recover-from-back-pain.txt",
};
const TIPS_36 = {
  source: "“How to relieve back pain quickly? (36 tips)”",
  seed: "relieve-back-pain-36-tips.txt",
};
const WENT_OUT = { source: "“My Back Went Out. What Do I Do?”", seed: "my-back-went-out.txt" };

export const EDUCATION_CARDS: EducationCard[] = [
  {
    title: "Back pain is common and usually not serious",
    body: "Most people have back pain at some point. Serious causes are rare. Most back pain settles in 4 to 6 weeks.",
    ...TALL_TREE,
    facts: ["80% of people", "4-6 weeks", "less than 1%"],
  },
  {
    title: "Keep moving",
    body: "Staying in bed tends to slow recovery. Short, frequent spells of gentle movement help more.",
    ...TALL_TREE,
    facts: ["Avoid bed rest", "short bouts of gentle movement"],
  },
  {
    title: "Build up step by step",
    body: "Pain often follows doing too much, too soon. Small, regular steps give your body time to get used to more.",
    ...TALL_TREE,
    facts: ["too much, too soon", "Gradually Increase"],
  },
  {
    title: "Soreness usually does not mean harm",
    body: "Feeling a little sore when you start something new is normal. It usually does not mean you are hurting your back.",
    ...TALL_TREE,
    facts: ["soreness when you begin", "harm"],
  },
  {
    title: "Bad days happen",
    body: "A bad day often comes after more than your body is used to. It is usually not a sign of damage. Keep to your plan as best you can, and tell your physio.",
    ...TALL_TREE,
    facts: ["not because something is damaged", "unaccustomed demand"],
  },
  {
    title: "Ice or heat for short-term relief",
    body: "An ice pack for 10 to 20 minutes can ease pain for a while. Wrap it in a towel to protect your skin. Heat can relax tight muscles.",
    ...WENT_OUT,
    facts: ["10 to 20 minutes", "towel to protect your skin", "relax tense muscles"],
  },
  {
    title: "Sleep matters",
    body: "Poor sleep can make back pain worse, and pain can spoil sleep. A calm room before bed and a comfortable position can help.",
    ...TIPS_36,
    facts: ["Poor quality sleep will make your back pain worse", "comfortable sleeping position"],
  },
  {
    title: "Stress matters too",
    body: "Stress can tense your muscles and make pain feel stronger. Slow breathing and ways to ease stress can help.",
    ...TIPS_36,
    facts: ["Stress will increase muscle tension", "breathing exercises"],
  },
];

/** The same card all day for a given date, a different one the next day. */
export function cardOfTheDay(date: string, cards: EducationCard[] = EDUCATION_CARDS): EducationCard {
  const dayNumber = Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
  return cards[((dayNumber % cards.length) + cards.length) % cards.length]!;
}
