import { expect, test as base, type APIRequestContext } from "@playwright/test";
import { callAction, type ActionResponse } from "@/testing/server-actions";
import { signedInRequest } from "../support/role-requests";
import { exposedRoutes } from "./enumerate-routes";
import {
  MATRIX,
  ROLES,
  routeKey,
  type ActionContext,
  type ActionRow,
  type Answer,
  type Role,
  type Row,
} from "./matrix";

// One signed-in request context per role and worker, reused by every row.
const test = base.extend<object, { as: Record<Role, APIRequestContext> }>({
  as: [
    async ({}, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL!;
      const entries = await Promise.all(
        ROLES.map(async (r) => [r, await signedInRequest(baseURL, r)] as const),
      );
      const contexts = Object.fromEntries(entries) as Record<Role, APIRequestContext>;
      await use(contexts);
      await Promise.all(Object.values(contexts).map((c) => c.dispose()));
    },
    { scope: "worker" },
  ],
});

const pathOf = (location: string) => new URL(location, "http://x").pathname;

function redirectAnswer(location: string): Answer {
  const to = pathOf(location);
  return to === "/sign-in" ? "sign-in" : { redirect: to };
}

async function httpAnswer(api: APIRequestContext, row: Exclude<Row, ActionRow>): Promise<Answer | string> {
  const method = row.kind === "page" ? "GET" : row.method;
  const body =
    row.kind === "route" && typeof row.body === "function"
      ? row.body()
      : row.kind === "route"
        ? row.body
        : undefined;
  const response = await api.fetch(row.path, { method, data: body, maxRedirects: 0 });
  const status = response.status();
  if (status >= 200 && status < 300) return "ok";
  if (status >= 300 && status < 400) return redirectAnswer(response.headers()["location"] ?? "");
  if (status === 401) return "unauthorized";
  if (status === 404) return "not-found";
  return `HTTP ${status}`;
}

/** Someone else's record: the action answers with its "not found" state rather than a 404 page. */
const saysNotFound = (result: unknown) => {
  const r = result as { status?: string; message?: string } | null | undefined;
  return r?.status === "not_found" || /not found/i.test(r?.message ?? "");
};

function actionContext(api: APIRequestContext, role: Role): ActionContext {
  return {
    role,
    planVersion: async (patientId) => {
      const html = await (await api.get(`/patients/${patientId}/plan`)).text();
      // A role that cannot see the page posts a plausible version, so the call reaches the record lookup.
      return Number(/expectedVersion\\?":(\d+)/.exec(html)?.[1] ?? 1);
    },
    ownStaffMember: async () => {
      // The staff page's first "Make …" form: its user and the role it would change them to.
      const html = await (await api.get("/clinic/staff")).text();
      const m =
        /name="userId" value="([0-9a-f-]{36})"\/><input type="hidden" name="role" value="(admin|clinician)"/.exec(
          html,
        );
      // A role that cannot see the page posts a plausible id, so the call reaches the role check.
      if (!m) return { userId: crypto.randomUUID(), role: "clinician" as const };
      return { userId: m[1]!, role: m[2] === "admin" ? ("clinician" as const) : ("admin" as const) };
    },
    ownClinicianId: async () => {
      const html = await (await api.get("/patients/new")).text();
      return /<option value="([0-9a-f-]{36})"/.exec(html)?.[1] ?? "";
    },
  };
}

const succeeded = (answer: ActionResponse) =>
  (answer.redirect !== null && pathOf(answer.redirect) !== "/sign-in") ||
  ["success", "saved"].includes((answer.result as { status?: string } | null)?.status ?? "");

async function actionAnswer(api: APIRequestContext, row: ActionRow, role: Role): Promise<Answer | string> {
  const args = await row.args(actionContext(api, role));
  const answer = await callAction(api, { page: row.page, file: row.file, name: row.name, args });
  if (row.succeedsFor?.includes(role))
    expect.soft(succeeded(answer), `${role} succeeds: ${JSON.stringify(answer.result)}`).toBe(true);
  if (answer.status === 404) return "not-found";
  if (answer.redirect) return pathOf(answer.redirect) === "/sign-in" ? "sign-in" : "ok";
  if (answer.status !== 200) return `HTTP ${answer.status}`;
  return saysNotFound(answer.result) ? "not-found" : "ok";
}

test.describe("access-control matrix", () => {
  test("lists every page, route handler and server action of the app", () => {
    const exposed = exposedRoutes();
    const listed = new Set(MATRIX.map(routeKey));
    const missing = [...exposed.pages, ...exposed.routes, ...exposed.actions].filter((k) => !listed.has(k));
    expect(missing, "routes with no row in e2e/access/matrix.ts").toEqual([]);
    const all = new Set([...exposed.pages, ...exposed.routes, ...exposed.actions]);
    const stale = [...listed].filter((k) => !all.has(k));
    expect(stale, "matrix rows for routes that no longer exist").toEqual([]);
    const checks = MATRIX.length * ROLES.length;
    const successes = MATRIX.reduce(
      (n, r) => n + (r.kind === "action" ? (r.succeedsFor?.length ?? 0) : 0),
      0,
    );
    console.log(
      `[matrix] ${all.size} routes (${exposed.pages.length} pages, ${exposed.routes.length} handler methods, ${exposed.actions.length} actions), ${MATRIX.length} rows x ${ROLES.length} roles = ${checks} checks, ${successes} of them also required to succeed`,
    );
  });

  // One test walks the rows in order, so the roles act in a known sequence on the shared fixtures; each row is
  // a step, and soft expectations report every mismatch rather than the first.
  test("every role gets the expected answer from every route", async ({ as }, testInfo) => {
    test.setTimeout(180_000);
    for (const row of MATRIX) {
      const title = `${row.kind === "page" ? "GET" : row.kind === "route" ? row.method : "action"} ${row.kind === "action" ? `${row.name} on ${row.page}` : row.path}`;
      await test.step(title, async () => {
        for (const role of ROLES) {
          let actual: Answer | string;
          if (row.kind !== "action") actual = await httpAnswer(as[role], row);
          else if (!row.endsSession) actual = await actionAnswer(as[role], row, role);
          else {
            // Runs in a session of its own, then checks that session no longer opens anything.
            const fresh = await signedInRequest(testInfo.project.use.baseURL!, role);
            actual = await actionAnswer(fresh, row, role);
            const after = await fresh.get("/", { maxRedirects: 0 });
            expect
              .soft(pathOf(after.headers()["location"] ?? ""), `${role} is signed out afterwards`)
              .toBe("/sign-in");
            await fresh.dispose();
          }
          expect.soft(actual, `${role}: ${routeKey(row)}`).toEqual(row.expect[role]);
        }
      });
    }
  });
});
