import { describe, expect, it } from "vitest";
import { goalInput } from "./goal";

const form = {
  measure: "pain",
  description: "Sleep through the night",
  target: "3",
  targetDate: "2026-12-31",
};

describe("goalInput", () => {
  it("keeps the form's submission id, and accepts a caller without one", () => {
    const id = "0b7d6a52-3f0e-4c59-9d0e-1d2c3b4a5f60";
    expect(goalInput.parse({ ...form, clientId: id })).toMatchObject({
      clientId: id,
      activityKey: null,
      target: 3,
    });
    expect(goalInput.parse(form).clientId).toBeNull();
  });

  it("refuses a malformed submission id and a pain target above 10", () => {
    expect(goalInput.safeParse({ ...form, clientId: "not-a-uuid" }).success).toBe(false);
    expect(goalInput.safeParse({ ...form, target: "11" }).success).toBe(false);
  });
});
