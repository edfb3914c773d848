import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { EXPIRED_INVITE_TOKEN } from "../support/fixtures";
import { callAction, form } from "@/testing/server-actions";
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

test("forgot password: hostile addresses get the same answer or a field message, never a server error", async ({
  request,
}) => {
  const email = fc.oneof(hostileString, fc.emailAddress());
  await fuzz("forgot-password action + page", email, async (email) => {
    const answer = await callAction(request, {
      page: "/forgot-password",
      file: "app/(auth)/forgot-password/actions.ts",
      name: "forgotPasswordAction",
      args: [idle, form({ email })],
    });
    expect(answer.status).toBeLessThan(500);
    expect(answer.redirect).toBeNull();
    expect(["success", "error"]).toContain((answer.result as { status: string }).status);
  });
});

test("reset password: hostile tokens and passwords change nothing and never fail", async ({ request }) => {
  const token = fc.oneof(
    hostileString,
    fc.string({ unit: fc.constantFrom(..."ABCxyz019_-"), minLength: 43, maxLength: 43 }),
  );
  const attempt = fc.record({ token, password: hostileString, confirm: hostileString, same: fc.boolean() });
  await fuzz("reset-password action + page", attempt, async ({ token, password, confirm, same }) => {
    const page = await request.get(`/reset-password/${pathSegment(token)}`, { maxRedirects: 0 });
    expect(page.status()).toBeLessThan(500);
    const answer = await callAction(request, {
      page: "/reset-password/NeverIssuedResetToken_matrix-0123456789abcd",
      file: "app/(auth)/reset-password/[token]/actions.ts",
      name: "resetPasswordAction",
      args: [token, idle, form({ password, confirm: same ? password : confirm })],
    });
    expect(answer.status).toBeLessThan(500);
    expect(answer.redirect).toBeNull();
    expect(answer.result).toMatchObject({ status: "error" });
  });
});

test("confirm email: hostile tokens change no address and never fail", async ({ request }) => {
  const token = fc.oneof(
    hostileString,
    fc.string({ unit: fc.constantFrom(..."ABCxyz019_-"), minLength: 43, maxLength: 43 }),
  );
  await fuzz("confirm-email action + page", token, async (token) => {
    const page = await request.get(`/confirm-email/${pathSegment(token)}`, { maxRedirects: 0 });
    expect(page.status()).toBeLessThan(500);
    const answer = await callAction(request, {
      page: "/confirm-email/NeverIssuedResetToken_matrix-0123456789abcd",
      file: "app/(auth)/confirm-email/[token]/actions.ts",
      name: "confirmEmailChangeAction",
      args: [token, idle, form({})],
    });
    expect(answer.status).toBeLessThan(500);
    expect(answer.redirect).toBeNull();
    expect(answer.result).toMatchObject({ status: "error" });
  });
});
