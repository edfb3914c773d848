/**
 * What the urgent and emergency screens say, kept apart from the layout so the readability test
 * (lib/copy/readability.test.ts) reads exactly what the patient reads. Short lines: a patient who may be
 * frightened or in pain reads one instruction at a time. "Within 24 hours" is the urgent tier's one
 * deadline everywhere (NHS back pain: "urgent GP appointment or call 111").
 */
export const adviceCopy = {
  emergency: {
    heading: "Get emergency help now",
    lines: (number: string | null) => [
      "Your answers can be a sign of a serious nerve problem.",
      "A doctor needs to check you now.",
      number ? `Call ${number}, or go to A&E now.` : "Call for help, or go to A&E now.",
      "Do not wait to see if it gets better.",
      "Do not drive yourself. Ask someone to take you.",
      "Your plan is paused for now.",
    ],
    confirm: "I understand. I will get help now.",
  },
  urgent: {
    heading: "Contact your physio or doctor within 24 hours",
    lines: (number: string | null) => [
      "Some of your answers mean your back should be checked soon.",
      "Please phone your clinic or your doctor within 24 hours.",
      number
        ? `If things get much worse, call ${number}.`
        : "If things get much worse, call your local emergency number.",
    ],
    confirm: "I understand. I will contact them.",
  },
  callEmergency: "Emergency number",
  callClinic: (name: string) => `Call ${name}`,
  outOfHours: "When the clinic is closed",
  noEmergencyNumber: "Call your local emergency number.",
  physioWillSee: "Your physio will see this when they next open Gradus.",
  youToldUs: "You told us",
} as const;
