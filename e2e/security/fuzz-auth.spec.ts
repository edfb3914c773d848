import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { EXPIRED_INVITE_TOKEN } from "../support/fixtures";
import { callAction, form } from "../support/server-actions";
import { FUZZ_TIMEOUT_MS, fuzz, hostileString, pathSegment } from "./hostile";

test.describe.configure({ timeout: FUZZ_TIMEOUT_MS });

const idle = { status: "idle" };

test("sign-in: hostile credentials are refused, never a server error, never a session", async ({
  request,
}) => {
  const credentials = fc.record({
    // Random addresses only: failed attempts count against the address, and real accounts must stay usable.
    email: fc.oneof(hostileString, fc.emailAddress()),
    password: fc.oneof(hostileString, fc.string({ maxLength: 300 })),
  });
  await fuzz("sign-in action", credentials, async (credentials) => {
    const answer = await callAction(request, {
      page: "/sign-in",
      file: "app/(auth)/sign-in/actions.ts",
      name: "signInAction",
      args: [idle, form(credentials)],
    });
    expect(answer.status).toBeLessThan(500);
    expect(answer.redirect).toBeNull();
    expect(answer.result).toMatchObject({ status: "error" });
    const session = await (await request.get("/api/auth/session")).json();
    expect(session).toBeNull();
  });
});

test("invite acceptance: hostile tokens and passwords set up no account and never fail", async ({
  request,
}) => {
  const token = fc.oneof(
    hostileString,
    fc.constant(EXPIRED_INVITE_TOKEN),
    fc.string({ unit: fc.constantFrom(..."ABCxyz019_-"), minLength: 43, maxLength: 43 }),
  );
  const attempt = fc.record({ token, password: hostileString, confirm: hostileString, same: fc.boolean() });
  await fuzz("invite acceptance action + page", attempt, async ({ token, password, confirm, same }) => {
    const page = await request.get(`/invite/${pathSegment(token)}`, { maxRedirects: 0 });
    expect(page.status()).toBeLessThan(500);
    const answer = await callAction(request, {
      page: `/invite/${EXPIRED_INVITE_TOKEN}`,
      file: "app/(auth)/invite/[token]/actions.ts",
      name: "acceptInviteAction",
      args: [token, idle, form({ password, confirm: same ? password : confirm })],
    });
    expect(answer.status).toBeLessThan(500);
    expect(answer.redirect).toBeNull();
    expect(answer.result).toMatchObject({ status: "error" });
  });
});
