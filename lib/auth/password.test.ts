import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";
import { passwordWeakness } from "./password-strength";

describe("password hashing", () => {
  it("uses argon2id with a salt, and verifies only the right password", async () => {
    const a = await hashPassword("walking-slowly-every-day");
    const b = await hashPassword("walking-slowly-every-day");
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "walking-slowly-every-day")).toBe(true);
    expect(await verifyPassword(a, "walking-slowly-every-dax")).toBe(false);
  });

  it("answers false, never throws, for a missing or malformed hash", async () => {
    expect(await verifyPassword(null, "anything")).toBe(false);
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});

describe("passwordWeakness", () => {
  it.each(["password123", "qwertyuiop", "1234567890", "iloveyou12", "letmein2024"])(
    "refuses common %s",
    (pw) => {
      expect(passwordWeakness(pw)).toMatch(/too common/);
    },
  );

  it("refuses passwords shorter than 10 characters", () => {
    expect(passwordWeakness("Zq8!rT4$x")).toMatch(/at least 10/);
  });

  it("refuses a password built from the person's own name", () => {
    expect(passwordWeakness("marialopez1", ["maria", "lopez"])).toMatch(/too common/);
  });

  it("accepts a passphrase of unrelated words", () => {
    expect(passwordWeakness("copper kettle orbit meadow")).toBeNull();
  });
});
