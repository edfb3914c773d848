/** The demo clinic: plain data, so it reads like a roster. Later issues add plans and diaries. */

export const DEMO_PASSWORD = "graded-activity-demo";

/** Its phone is in Ofcom's range kept for drama (020 7946 0xxx), so it never rings anyone; 111 is NHS 111. */
export const demoClinic = {
  name: "Riverside Physiotherapy",
  timeZone: "Europe/London",
  phone: "020 7946 0123",
  outOfHoursPhone: "111",
  country: "GB",
  address: "12 River Walk, London SE1 7PB",
  reminderTime: "19:00",
  /** The remote-monitoring record is on in the demo, so its monthly list shows (off by default elsewhere). */
  monitoringRecord: true,
};

export const demoStaff = [
  { key: "anna", name: "Anna Berg", email: "anna.berg@riverside.example", role: "clinician" },
  { key: "tom", name: "Tom Okafor", email: "tom.okafor@riverside.example", role: "clinician" },
  { key: "priya", name: "Priya Shah", email: "priya.shah@riverside.example", role: "admin" },
  // Left the clinic: the account is disabled, so it cannot sign in and is not offered as a physio.
  {
    key: "ben",
    name: "Ben Carter",
    email: "ben.carter@riverside.example",
    role: "clinician",
    disabled: true,
  },
] as const;

export type DemoStaffKey = (typeof demoStaff)[number]["key"];

type DemoPatient = {
  fullName: string;
  email: string;
  timeZone: string;
  condition: string;
  clinician: Exclude<DemoStaffKey, "priya" | "ben">;
  /** Still to accept their invite: no account yet. */
  invited?: boolean;
  dateOfBirth?: string;
  recordNumber?: string;
  /** Discharged: a closed first episode from `startedDaysAgo` to `endedDaysAgo`, with the physio's message. */
  discharged?: {
    startedDaysAgo: number;
    endedDaysAgo: number;
    reason: "goals_met" | "self_managing" | "referred_on" | "did_not_continue";
    message: string;
  };
};

export const demoPatients: DemoPatient[] = [
  {
    fullName: "Maria Lopez",
    email: "maria.lopez@mail.example",
    timeZone: "Europe/London",
    clinician: "anna",
    condition: "Chronic non-specific low back pain, 14 months; office work, long sitting",
    dateOfBirth: "1978-03-14",
    recordNumber: "RP-10231",
  },
  {
    fullName: "James O'Neill",
    email: "james.oneill@mail.example",
    timeZone: "Europe/Dublin",
    clinician: "anna",
    condition: "Recurrent low back pain after lifting; warehouse work, off work 6 weeks",
  },
  {
    fullName: "Aiko Tanaka",
    email: "aiko.tanaka@mail.example",
    timeZone: "Pacific/Auckland",
    clinician: "anna",
    condition: "Subacute low back pain, 8 weeks; avoids walking since onset",
  },
  {
    fullName: "Daniel Brooks",
    email: "daniel.brooks@mail.example",
    timeZone: "America/Los_Angeles",
    clinician: "tom",
    condition: "Chronic low back pain with pain spreading to the left buttock, 2 years",
  },
  {
    fullName: "Fatima Haddad",
    email: "fatima.haddad@mail.example",
    timeZone: "Europe/London",
    clinician: "tom",
    condition: "Low back pain since pregnancy, 10 months; sleep disturbed",
  },
  {
    fullName: "Lukas Novak",
    email: "lukas.novak@mail.example",
    timeZone: "Europe/Prague",
    clinician: "tom",
    condition: "Chronic non-specific low back pain, 3 years; keen runner before onset",
  },
  {
    fullName: "Grace Mensah",
    email: "grace.mensah@mail.example",
    timeZone: "Europe/London",
    clinician: "anna",
    condition: "Low back pain after a fall 4 months ago; cleared by GP, fearful of bending",
  },
  {
    fullName: "Sam Whitfield",
    email: "sam.whitfield@mail.example",
    timeZone: "Europe/London",
    clinician: "tom",
    condition: "Chronic low back pain, 18 months; long-distance driver",
  },
  {
    fullName: "Olivia Chen",
    email: "olivia.chen@mail.example",
    timeZone: "America/New_York",
    clinician: "anna",
    condition: "Recurrent low back pain, third episode this year; desk job",
  },
  {
    fullName: "Ravi Patel",
    email: "ravi.patel@mail.example",
    timeZone: "Europe/London",
    clinician: "tom",
    condition: "Chronic low back pain, 5 years; works night shifts",
  },
  {
    fullName: "Helen Murray",
    email: "helen.murray@mail.example",
    timeZone: "Europe/London",
    clinician: "anna",
    condition: "Low back pain, 7 months; referred by GP for graded activity",
    invited: true,
  },
  {
    fullName: "Ewan Fraser",
    email: "ewan.fraser@mail.example",
    timeZone: "Europe/London",
    clinician: "tom",
    condition: "Chronic low back pain, 1 year; retired joiner",
    invited: true,
  },
  {
    fullName: "Nora Lindqvist",
    email: "nora.lindqvist@mail.example",
    timeZone: "Europe/London",
    clinician: "anna",
    condition: "Chronic low back pain, 2 years; back to gardening and her weekly walk",
    dateOfBirth: "1961-09-02",
    recordNumber: "RP-09877",
    discharged: {
      startedDaysAgo: 110,
      endedDaysAgo: 12,
      reason: "goals_met",
      message:
        "Well done, Nora. Keep your 30-minute walk most days and the stretches after gardening. If a flare-up comes, hold your activity at a level you can manage for a few days, then build up again.",
    },
  },
];
