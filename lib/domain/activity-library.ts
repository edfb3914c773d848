import type { Unit } from "./graded-activity/units";

/**
 * The built-in library of common graded activities, with instructions in our own words: how to do it, what
 * counts and how to measure. The plan editor offers them by name; clinics add their own (activity_library).
 */
export type LibraryActivity = { name: string; unit: Unit; instructions: string; videoUrl?: string | null };

export const BUILT_IN_ACTIVITIES: readonly LibraryActivity[] = [
  {
    name: "Walking",
    unit: "minutes",
    instructions:
      "Walk at an easy, steady pace on flat ground. Time it from leaving your door until you are back. Stop at your target, even on a good day.",
  },
  {
    name: "Sitting tolerance",
    unit: "minutes",
    instructions:
      "Sit in an ordinary chair with your feet on the floor. Time how long you sit in one go, then stand up and move about before you sit again.",
  },
  {
    name: "Standing tolerance",
    unit: "minutes",
    instructions:
      "Stand in one place, for example at the kitchen counter, shifting your weight if you like. Time it from when you stand until you sit or walk off.",
  },
  {
    name: "Stairs",
    unit: "repetitions",
    instructions:
      "Go up one flight of stairs and back down at your own pace, using the rail if you need it. Each time up and down counts as one.",
  },
  {
    name: "Cycling",
    unit: "minutes",
    instructions:
      "Cycle at an easy pace, outdoors or on an exercise bike with low resistance. Time the pedalling only, not stops.",
  },
  {
    name: "Swimming",
    unit: "minutes",
    instructions:
      "Swim or walk in the water at an easy pace, in any stroke that feels comfortable. Time the minutes you spend moving in the water.",
  },
  {
    name: "Sit-to-stand",
    unit: "repetitions",
    instructions:
      "Sit on a firm chair, feet flat. Stand up fully, then sit down again slowly. Use your hands if you need to. Each stand counts as one.",
  },
  {
    name: "Lifting practice",
    unit: "repetitions",
    instructions:
      "Lift a light box or shopping bag from a low table to waist height and put it back, keeping it close to your body. Each lift counts as one. Only use the weight your physio agreed.",
  },
  {
    name: "Knee rolls",
    unit: "repetitions",
    instructions:
      "Lie on your back with knees bent and feet flat. Let both knees roll slowly to one side, then the other. Each side counts as one.",
  },
  {
    name: "Bridging",
    unit: "repetitions",
    instructions:
      "Lie on your back with knees bent. Lift your bottom until your body is in a straight line from shoulders to knees, hold for a breath, then lower. Each lift counts as one.",
  },
  {
    name: "Cat and camel",
    unit: "repetitions",
    instructions:
      "On hands and knees, slowly round your back up, then let it sink down gently. Each round and sink counts as one.",
  },
  {
    name: "Steps (step counter)",
    unit: "steps",
    instructions:
      "Count your steps for the whole day with your phone or a step counter. Carry it with you from the time you get up.",
  },
];

/** The library the editor offers: the built-in activities, then the clinic's own (which win on a name clash). */
export function mergeLibrary(clinicOwn: readonly LibraryActivity[]): LibraryActivity[] {
  const own = new Set(clinicOwn.map((a) => a.name.toLowerCase()));
  return [...BUILT_IN_ACTIVITIES.filter((a) => !own.has(a.name.toLowerCase())), ...clinicOwn].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}
