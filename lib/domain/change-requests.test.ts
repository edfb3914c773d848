import { describe, expect, it } from "vitest";
import { BUILT_IN_ACTIVITIES, mergeLibrary } from "./activity-library";
import {
  answerForPatient,
  baselineForTarget,
  canOpenRequest,
  checkFlareUpHold,
  describeRequest,
  FLARE_UP_HOLD_MAX_DAYS,
  holdRunning,
  revisionReasonFor,
} from "./change-requests";
import { startQuotaFor } from "./graded-activity/quota";

describe("one open request per activity", () => {
  const open = [
    { activityKey: "walking", status: "open" as const },
    { activityKey: null, status: "open" as const },
    { activityKey: "sitting", status: "declined" as const },
  ];
  it("refuses a second open request for the same activity, or a second 'add an activity'", () => {
    expect(canOpenRequest(open, "walking")).toBe(false);
    expect(canOpenRequest(open, null)).toBe(false);
  });
  it("allows one for another activity, or once the earlier one is answered", () => {
    expect(canOpenRequest(open, "stairs")).toBe(true);
    expect(canOpenRequest(open, "sitting")).toBe(true);
  });
});

describe("requests in words", () => {
  it("names the activity and the reason for the clinician", () => {
    expect(describeRequest({ activityKey: "walking", activityName: "Walking", reason: "too_hard" })).toBe(
      "Asks to change Walking: too hard",
    );
    expect(describeRequest({ activityKey: null, activityName: "Swimming", reason: "add_activity" })).toBe(
      "Asks to add an activity: Swimming",
    );
  });
  it("records the request in the revision's reason", () => {
    expect(
      revisionReasonFor(
        { activityKey: "walking", activityName: "Walking", reason: "too_easy" },
        "adjusted",
        "Up by 2.",
      ),
    ).toBe("Adjusted the patient's change request (Asks to change Walking: too easy). Up by 2.");
  });
  it("tells the patient where their request stands", () => {
    expect(answerForPatient({ status: "open", answerMessage: null, clinicianName: "Sam" })).toMatch(
      /Waiting/,
    );
    expect(answerForPatient({ status: "declined", answerMessage: "Not yet", clinicianName: "Sam" })).toMatch(
      /said no/,
    );
  });
});

describe("a request never moves a quota by itself", () => {
  it("only the editor's baseline lands the start quota on the suggestion", () => {
    for (const [target, fraction] of [
      [10, 0.7],
      [15, 0.7],
      [7, 0.8],
      [23, 0.55],
    ] as const)
      expect(startQuotaFor(baselineForTarget(target, fraction), fraction, "minutes")).toBe(target);
  });
});

describe("the flare-up hold agreed in advance", () => {
  const base = {
    setting: { enabled: true, maxDays: 3, plan: "Hold and use heat." },
    today: "2026-03-10",
    flareUpLoggedToday: true,
    previousHoldSeen: true,
    planStarted: true,
    days: 3,
  };
  it("holds for the agreed days, ending on its date", () => {
    expect(checkFlareUpHold(base)).toEqual({ ok: true, days: 3, endsOn: "2026-03-12" });
  });
  it("is off by default and needs a flare-up logged today", () => {
    expect(checkFlareUpHold({ ...base, setting: null })).toMatchObject({ reason: "not_allowed" });
    expect(checkFlareUpHold({ ...base, setting: { ...base.setting, enabled: false } })).toMatchObject({
      reason: "not_allowed",
    });
    expect(checkFlareUpHold({ ...base, flareUpLoggedToday: false })).toMatchObject({ reason: "no_flare_up" });
  });
  it("never lasts longer than agreed, nor more than a week", () => {
    expect(checkFlareUpHold({ ...base, days: 4 })).toMatchObject({ reason: "too_long" });
    expect(checkFlareUpHold({ ...base, days: 0 })).toMatchObject({ reason: "too_long" });
    const long = { ...base, setting: { ...base.setting, maxDays: 30 }, days: FLARE_UP_HOLD_MAX_DAYS + 1 };
    expect(checkFlareUpHold(long)).toMatchObject({ reason: "too_long" });
  });
  it("waits for the physio to see the previous hold, and for it to end", () => {
    expect(checkFlareUpHold({ ...base, previousHoldSeen: false })).toMatchObject({ reason: "not_seen" });
    expect(checkFlareUpHold({ ...base, previousHoldEndsOn: "2026-03-10" })).toMatchObject({
      reason: "running",
    });
    expect(checkFlareUpHold({ ...base, previousHoldEndsOn: "2026-03-09" }).ok).toBe(true);
    expect(holdRunning({ startedOn: "2026-03-08", endsOn: "2026-03-10" }, "2026-03-10")).toBe(true);
    expect(holdRunning({ startedOn: "2026-03-08", endsOn: "2026-03-10" }, "2026-03-11")).toBe(false);
  });
});

describe("the activity library", () => {
  it("ships the common graded activities with instructions", () => {
    const names = BUILT_IN_ACTIVITIES.map((a) => a.name);
    for (const n of [
      "Walking",
      "Sitting tolerance",
      "Standing tolerance",
      "Stairs",
      "Cycling",
      "Swimming",
      "Sit-to-stand",
      "Lifting practice",
    ])
      expect(names).toContain(n);
    for (const a of BUILT_IN_ACTIVITIES) expect(a.instructions.length).toBeGreaterThan(20);
  });
  it("lets a clinic's own activity replace a built-in one of the same name", () => {
    const merged = mergeLibrary([{ name: "walking", unit: "steps", instructions: "Our own walking." }]);
    expect(merged.filter((a) => a.name.toLowerCase() === "walking")).toEqual([
      { name: "walking", unit: "steps", instructions: "Our own walking." },
    ]);
  });
});

describe("the built-in instructions read plainly (the patient sees them beside the target)", () => {
  it.each(BUILT_IN_ACTIVITIES.map((a) => [a.name, a.instructions]))("%s", async (_name, text) => {
    const { gradeOf, MAX_GRADE } = await import("@/lib/copy/readability");
    expect(gradeOf([text])).toBeLessThanOrEqual(MAX_GRADE);
  });
});
