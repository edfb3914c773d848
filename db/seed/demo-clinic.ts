/** The demo clinic: plain data, so it reads like a roster. Later issues add plans and diaries. */

export const DEMO_PASSWORD = "graded-activity-demo";

/** Its phone is in Ofcom's range kept for drama (020 7946 0xxx), so it never rings anyone; 111 is NHS 111. */
export const demoClinic = {
  name: "Riverside Physiotherapy",
  timeZone: "Europe/London",
  phone: "020 7946 0123",
  outOfHoursPhone: "111",
  country: "GB",
  /** The remote-monitoring record is on in the demo, so its monthly list shows (off by default elsewhere). */
  monitoringRecord: true,
};

export const demoStaff = [
  { key: "anna", name: "Anna Berg", email: "anna.berg@riverside.example", role: "clinician" },
  { key: "tom", name: "Tom Okafor", email: "tom.okafor@riverside.example", role: "clinician" },
  { key: "priya", name: "Priya Shah", email: "priya.shah@riverside.example", role: "admin" },
] as const;

export type DemoStaffKey = (typeof demoStaff)[number]["key"];

type DemoPatient = {
  fullName: string;
  email: string;
  timeZone: string;
  condition: string;
  clinician: Exclude<DemoStaffKey, "priya">;
  /** Still to accept their invite: no account yet. */
  invited?: boolean;
};

export const demoPatients: DemoPatient[] = [
  {
    fullName: "Maria Lopez",
    email: "maria.lopez@mail.example",
    timeZone: "Europe/London",
    clinician: "anna",
    condition: "Chronic non-specific low back pain, 14 months; office work, long sitting",
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
];
