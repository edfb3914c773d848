import { describe, expect, it } from "vitest";
import { changeRequestInput, flareUpPlanInput, libraryActivityInput } from "./change-request";
import { planActivityInput } from "./plan";

const id = "7d1f1b0e-3c1a-4a55-9a55-5b0a3f6f1a11";

describe("changeRequestInput", () => {
  it("reads a request about a plan activity, with no amount", () => {
    expect(
      changeRequestInput.parse({
        clientId: id,
        activity: "walking",
        reason: "too_hard",
        suggestedAmount: "",
      }),
    ).toMatchObject({
      activityKey: "walking",
      suggestedAmount: null,
      note: "",
    });
  });
  it("needs a name to add an activity", () => {
    expect(changeRequestInput.safeParse({ clientId: id, activity: "add", reason: "other" }).success).toBe(
      false,
    );
    expect(
      changeRequestInput.parse({
        clientId: id,
        activity: "add",
        reason: "other",
        newActivityName: "Swimming",
      }),
    ).toMatchObject({ activityKey: null, reason: "add_activity", newActivityName: "Swimming" });
  });
  it("refuses odd amounts and reasons", () => {
    for (const bad of [
      { suggestedAmount: "0" },
      { suggestedAmount: "2.5" },
      { reason: "lazy" },
      { activity: "../x" },
    ])
      expect(
        changeRequestInput.safeParse({ clientId: id, activity: "walking", reason: "too_easy", ...bad })
          .success,
      ).toBe(false);
  });
});

describe("video links and instructions", () => {
  const activity = {
    name: "Walking",
    unit: "minutes",
    baselineMode: "measure",
    startPercent: "70",
    progression: { kind: "fixed", step: "2", everyDays: "3" },
    goal: "30",
  };
  it("takes https links only", () => {
    expect(
      planActivityInput.parse({ ...activity, videoUrl: "https://videos.example.org/walk" }).videoUrl,
    ).toBe("https://videos.example.org/walk");
    expect(planActivityInput.parse({ ...activity, videoUrl: "" }).videoUrl).toBeNull();
    for (const bad of ["http://videos.example.org/walk", "javascript:alert(1)", "https://", "ftp://x.org/a"])
      expect(planActivityInput.safeParse({ ...activity, videoUrl: bad }).success).toBe(false);
  });
  it("a library activity needs instructions", () => {
    expect(
      libraryActivityInput.safeParse({ name: "Rowing", unit: "minutes", instructions: "" }).success,
    ).toBe(false);
  });
});

describe("flareUpPlanInput", () => {
  it("allows at most 7 days and needs a written plan when on", () => {
    expect(
      flareUpPlanInput.safeParse({ enabled: "on", maxDays: "8", plan: "Hold and use heat." }).success,
    ).toBe(false);
    expect(flareUpPlanInput.safeParse({ enabled: "on", maxDays: "3", plan: "" }).success).toBe(false);
    expect(flareUpPlanInput.parse({ maxDays: "3", plan: "" })).toEqual({
      enabled: false,
      maxDays: 3,
      plan: "",
    });
  });
});
