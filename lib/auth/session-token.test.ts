import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { sessionCookieName } from "./cookies";
import { sessionIdFromCookieHeader } from "./session-token";

const SECRET = "session-token-test-secret-session-token-test";
const name = sessionCookieName(false);

beforeAll(() => {
  process.env.AUTH_SECRET = SECRET;
});

async function cookieFor(sid: string, { maxAge = 3600, secret = SECRET } = {}) {
  return `other=1; ${name}=${await encode({ token: { sid }, secret, salt: name, maxAge })}`;
}

describe("sessionIdFromCookieHeader", () => {
  it("answers the session id, the same again from the decrypted cache", async () => {
    const sid = randomUUID();
    const cookie = await cookieFor(sid);
    expect(await sessionIdFromCookieHeader(cookie, false)).toBe(sid);
    expect(await sessionIdFromCookieHeader(cookie, false)).toBe(sid);
  });

  it("refuses a cookie encrypted with another secret, a tampered one and none", async () => {
    const forged = await cookieFor(randomUUID(), { secret: "another-secret-another-secret-another-secret" });
    expect(await sessionIdFromCookieHeader(forged, false)).toBeNull();
    const good = await cookieFor(randomUUID());
    expect(await sessionIdFromCookieHeader(`${good.slice(0, -4)}AAAA`, false)).toBeNull();
    expect(await sessionIdFromCookieHeader("", false)).toBeNull();
  });
});
