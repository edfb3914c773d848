import { beforeAll, describe, expect, it } from "vitest";
import { LINK_TTL_MS, signReminderLink, verifyReminderLink } from "./link-token";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "reminder-link-test-secret";
});

const link = {
  patientId: "2f1d4c6e-1111-4a2b-8c3d-123456789abc",
  clinicId: "7a9b8c6d-2222-4e3f-9a1b-abcdefabcdef",
  kind: "diary" as const,
};
const now = new Date("2026-05-01T12:00:00Z");

describe("reminder links", () => {
  it("round-trips a signed link until it expires", () => {
    const token = signReminderLink(link, now);
    expect(verifyReminderLink(token, now)).toMatchObject(link);
    expect(verifyReminderLink(token, new Date(now.getTime() + LINK_TTL_MS - 1))).toMatchObject(link);
    expect(verifyReminderLink(token, new Date(now.getTime() + LINK_TTL_MS))).toBeNull();
  });

  it("refuses a changed payload, a changed signature, and junk", () => {
    const token = signReminderLink(link, now);
    const [body, sig] = token.split(".");
    const other = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body!, "base64url").toString()), k: "check_in" }),
    ).toString("base64url");
    expect(verifyReminderLink(`${other}.${sig}`, now)).toBeNull();
    expect(verifyReminderLink(`${body}.${sig!.slice(0, -2)}xx`, now)).toBeNull();
    expect(verifyReminderLink("", now)).toBeNull();
    expect(verifyReminderLink("abc", now)).toBeNull();
    expect(verifyReminderLink(".", now)).toBeNull();
    expect(verifyReminderLink(undefined, now)).toBeNull();
    expect(verifyReminderLink("x".repeat(600), now)).toBeNull();
  });

  it("is bound to the secret", () => {
    const token = signReminderLink(link, now);
    const saved = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = "another-secret";
    try {
      expect(verifyReminderLink(token, now)).toBeNull();
    } finally {
      process.env.AUTH_SECRET = saved;
    }
  });
});
