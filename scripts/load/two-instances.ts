// Two app instances on one PostgreSQL database: sessions and sign-in rate limits live in the database, so a
// session made on one instance works on the other, and failed sign-ins count across both.
import { request } from "@playwright/test";
import { LOGIN_LIMITS } from "@/lib/auth/authenticate";
import { localDate } from "@/lib/domain/local-time";
import { callAction, form } from "@/testing/server-actions";
import { LOAD_PASSWORD, LOAD_TIME_ZONE, loadEmail } from "./seed-load";

export type TwoInstanceResult = {
  sessionWorksOnOther: boolean;
  signOutEndsItOnOther: boolean;
  /** The failed attempt (counting across both instances) at which sign-in was first refused as rate-limited. */
  limitedAtAttempt: number | null;
  expectedLimitAt: number;
  rightPasswordRefusedAfterLimit: boolean;
};

const idle = { status: "idle" };
const signIn = "app/(auth)/sign-in/actions.ts";

export async function checkTwoInstances(
  baseA: string,
  baseB: string,
  patientIndex: number,
): Promise<TwoInstanceResult> {
  const today = localDate(LOAD_TIME_ZONE);
  const a = await request.newContext({ baseURL: baseA });
  const signedIn = await callAction(a, {
    page: "/sign-in",
    file: signIn,
    name: "signInAction",
    args: [idle, form({ email: loadEmail(patientIndex), password: LOAD_PASSWORD })],
  });
  if (!signedIn.redirect) throw new Error("sign-in on instance A failed");
  const cookie = (await a.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const onB = () => fetch(`${baseB}/api/portal/diary/${today}`, { headers: { cookie } });
  const sessionWorksOnOther = (await onB()).status === 200;
  await callAction(a, {
    page: "/sign-in",
    file: "app/(auth)/actions.ts",
    name: "signOutAction",
    args: [],
  });
  const signOutEndsItOnOther = (await onB()).status === 401;
  await a.dispose();

  // Failed sign-ins for one address, alternating between the instances.
  const email = loadEmail(patientIndex + 1);
  const contexts = [
    await request.newContext({ baseURL: baseA }),
    await request.newContext({ baseURL: baseB }),
  ];
  const attempt = (n: number, password: string) =>
    callAction(contexts[n % 2]!, {
      page: "/sign-in",
      file: signIn,
      name: "signInAction",
      args: [idle, form({ email, password })],
    });
  const rateLimited = (answer: Awaited<ReturnType<typeof attempt>>) =>
    /too many sign-in attempts/i.test((answer.result as { message?: string } | undefined)?.message ?? "");
  let limitedAtAttempt: number | null = null;
  // After the free failures each attempt must wait 2 s, 4 s ... after the last failure (lib/auth/login-backoff),
  // so the attempt straight after them is refused, and so is the right password just after that.
  for (let n = 1; n <= LOGIN_LIMITS.freeFailures + 3 && limitedAtAttempt === null; n++) {
    if (rateLimited(await attempt(n, `wrong password ${n}`))) limitedAtAttempt = n;
  }
  const afterLimit = await attempt((limitedAtAttempt ?? 0) + 1, LOAD_PASSWORD);
  const rightPasswordRefusedAfterLimit = afterLimit.redirect === null && rateLimited(afterLimit);
  await Promise.all(contexts.map((c) => c.dispose()));
  return {
    sessionWorksOnOther,
    signOutEndsItOnOther,
    limitedAtAttempt,
    expectedLimitAt: LOGIN_LIMITS.freeFailures + 1,
    rightPasswordRefusedAfterLimit,
  };
}
