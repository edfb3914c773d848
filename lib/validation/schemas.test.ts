import { describe, expect, it } from "vitest";
import { newPasswordSchema, signInSchema } from "./auth";
import { inviteTokenSchema } from "./invite";
import { addPatientSchema } from "./patient";

const valid = {
  fullName: "  Maria Lopez ",
  email: " Maria.Lopez@Mail.Example ",
  timeZone: "Pacific/Auckland",
  condition: "",
  primaryClinicianId: "2d6f1c1e-7b1a-4a53-9a55-7f3c2b8e4d10",
};

describe("addPatientSchema", () => {
  it("trims, lower-cases the email and turns an empty condition into null", () => {
    expect(addPatientSchema.parse(valid)).toEqual({
      ...valid,
      fullName: "Maria Lopez",
      email: "maria.lopez@mail.example",
      condition: null,
    });
  });

  it.each([
    ["fullName", { fullName: "   " }],
    ["fullName", { fullName: "x".repeat(121) }],
    ["email", { email: "maria@" }],
    ["timeZone", { timeZone: "Mars/Olympus_Mons" }],
    ["condition", { condition: "x".repeat(501) }],
    ["primaryClinicianId", { primaryClinicianId: "1 OR 1=1" }],
  ])("refuses a bad %s", (field, patch) => {
    const result = addPatientSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });
});

describe("auth schemas", () => {
  it("refuses mismatched new passwords on the confirm field", () => {
    const result = newPasswordSchema.safeParse({
      password: "copper kettle orbit",
      confirm: "copper kettle orbi",
    });
    expect(result.error?.issues[0]?.path).toEqual(["confirm"]);
  });

  it("refuses an empty password at sign-in", () => {
    expect(signInSchema.safeParse({ email: "a@b.example", password: "" }).success).toBe(false);
  });

  it("accepts only well-formed invite tokens", () => {
    expect(inviteTokenSchema.safeParse("A".repeat(43)).success).toBe(true);
    expect(inviteTokenSchema.safeParse("A".repeat(42)).success).toBe(false);
    expect(inviteTokenSchema.safeParse(`${"A".repeat(42)}/`).success).toBe(false);
  });
});
