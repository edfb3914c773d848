import { describe, expect, it } from "vitest";
import {
  currentTotp,
  groupedSecret,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  totpStep,
  totpUri,
} from "./totp";
import { decryptTotpSecret, encryptTotpSecret } from "./totp-secret";

const now = new Date("2026-03-01T08:00:10Z");

describe("TOTP codes", () => {
  const secret = newTotpSecret();

  it("makes a 160-bit base32 secret and an otpauth address apps can scan", () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = totpUri(secret, "anna@clinic.example");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Gradus:anna%40clinic\.example\?/);
    expect(uri).toContain(`secret=${secret}`);
    expect(groupedSecret("ABCDEFGH")).toBe("ABCD EFGH");
  });

  it("accepts the current code, and the neighbouring steps for clock drift, naming the step", () => {
    expect(matchTotp(secret, currentTotp(secret, now), now)).toBe(totpStep(now));
    const earlier = new Date(now.getTime() - 30_000);
    expect(matchTotp(secret, currentTotp(secret, earlier), now)).toBe(totpStep(now) - 1);
  });

  it("refuses an old code, another secret's code and anything not six digits", () => {
    const old = new Date(now.getTime() - 120_000);
    expect(matchTotp(secret, currentTotp(secret, old), now)).toBeNull();
    expect(matchTotp(newTotpSecret(), currentTotp(secret, now), now)).toBeNull();
    expect(matchTotp(secret, "12345", now)).toBeNull();
    expect(matchTotp(secret, "abcdef", now)).toBeNull();
  });
});

describe("recovery codes", () => {
  it("makes ten different codes and hashes them whatever the case or dash", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(looksLikeRecoveryCode(c)).toBe(true);
    const code = codes[0]!;
    expect(hashRecoveryCode(code.toUpperCase().replace("-", ""))).toBe(hashRecoveryCode(code));
    expect(hashRecoveryCode(code)).not.toBe(hashRecoveryCode(codes[1]!));
  });
});

describe("TOTP secret encryption", () => {
  it("round-trips, uses a fresh IV each time and detects tampering", () => {
    process.env.AUTH_SECRET ??= "unit-test-secret";
    const a = encryptTotpSecret("JBSWY3DPEHPK3PXP");
    expect(a).not.toBe(encryptTotpSecret("JBSWY3DPEHPK3PXP"));
    expect(a).not.toContain("JBSWY3DPEHPK3PXP");
    expect(decryptTotpSecret(a)).toBe("JBSWY3DPEHPK3PXP");
    const parts = a.split(".");
    parts[3] = parts[3]!.slice(0, -2) + (parts[3]!.endsWith("AA") ? "BB" : "AA");
    expect(() => decryptTotpSecret(parts.join("."))).toThrow();
  });
});
