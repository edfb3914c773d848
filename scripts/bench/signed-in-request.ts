// npx tsx --conditions=react-server scripts/bench/signed-in-request.ts [--n 200] [--app DIR] [--no-http]
//
// Where a signed-in request's time goes, on a throwaway PostgreSQL database (BENCH_PG_URL): each part timed on
// its own in this process (the next-auth cookie's decryption, the session row with its user and clinic, the
// last-seen write, the clinic reads the layouts made on every page, a SELECT 1 round trip), then whole
// requests to the production build (`npm run build` first; --app serves another checkout's build, to compare):
// the static route, a signed-in clinic page without data (/patients/new) and the portal's Today, with the
// database statements each signed-in request costs (pg_stat_database commits; every statement outside a
// transaction commits on its own). Prints figures only: nothing here passes or fails on time.
import { existsSync } from "node:fs";
import path from "node:path";
import { getToken } from "next-auth/jwt";
import { Client } from "pg";
import { openDatabase } from "@/db/client";
import { clinicKeepsMonitoringRecord, clinicLetterhead } from "@/db/queries/clinics";
import { findSession, touchSession } from "@/db/queries/sessions";
import { makeClinic, makePatient, makeStaff } from "@/db/testing/factories";
import { sessionCookieName } from "@/lib/auth/cookies";
import { sessionIdFromCookieHeader } from "@/lib/auth/session-token";
import { freePort } from "@/testing/free-port";
import { startProductionServer } from "../support/production-server";
import { createThrowawayDatabase, POSTGRES_SERVER } from "../support/throwaway-database";
import { AUTH_SECRET, signIn } from "./sessions";
import { getOk, timeSequential, type Stats } from "./timing";

const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const n = Number(option("n") ?? 200);
const appDir = path.resolve(option("app") ?? ".");
const http = !argv.includes("--no-http");

const rows: [string, Stats | string][] = [];
const show = (label: string, s: Stats | string) => {
  rows.push([label, s]);
  const text =
    typeof s === "string" ? s : `p50 ${s.p50.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms (n ${s.n})`;
  console.log(`${label.padEnd(58)} ${text}`);
};

/** Commits in this database so far, once every backend has reported them (they flush within ~10 s idle). */
async function commits(database: string): Promise<number> {
  await new Promise((r) => setTimeout(r, 11_000));
  // From the server's maintenance database, so this reading adds no commit to the one counted.
  const client = new Client({ connectionString: POSTGRES_SERVER });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT xact_commit FROM pg_stat_database WHERE datname = $1`, [
      database,
    ]);
    return Number(rows[0]!.xact_commit);
  } finally {
    await client.end();
  }
}

async function main() {
  const database = await createThrowawayDatabase("gradus_bench_signed_in", { migrated: true });
  const handle = await openDatabase({ kind: "postgres", url: database.url });
  const conn = await database.connect();
  try {
    const db = handle.db;
    const clinic = await makeClinic(db, { address: "1 Bench Street", phone: "+44 20 7946 0000" });
    const physio = await makeStaff(db, clinic.id);
    const patient = await makePatient(db, physio, { withAccount: true });
    const [staff, own] = await signIn(conn.sql, [physio.userId, patient.userId!]);
    const cookieHeader = staff!.cookie;
    const name = sessionCookieName(true);
    const token = await getToken({
      req: { headers: { cookie: cookieHeader } },
      secret: AUTH_SECRET,
      secureCookie: true,
      cookieName: name,
      salt: name,
    });
    const sid = String(token?.sid);

    console.log(`Parts of one signed-in request, in this process, ${n} times each:`);
    show("SELECT 1 round trip (floor)", await timeSequential(() => conn.sql("SELECT 1").then(() => {}), n));
    show(
      "next-auth cookie: JWE decryption (getToken)",
      await timeSequential(async () => {
        await getToken({
          req: { headers: { cookie: cookieHeader } },
          secret: AUTH_SECRET,
          secureCookie: true,
          cookieName: name,
          salt: name,
        });
      }, n),
    );
    process.env.AUTH_SECRET = AUTH_SECRET;
    show(
      "next-auth cookie as the app reads it (decrypted once, then cached)",
      await timeSequential(async () => void (await sessionIdFromCookieHeader(cookieHeader, true)), n),
    );
    show(
      "session row with user, patient, 2FA and clinic (one join)",
      await timeSequential(async () => void (await findSession(db, sid)), n),
    );
    show(
      "last-seen write (an UPDATE; once a minute per session)",
      await timeSequential(() => touchSession(db, sid, new Date()), n),
    );
    show(
      "clinic layout's own clinic read (monitoring flag)",
      await timeSequential(async () => void (await clinicKeepsMonitoringRecord(db, physio)), n),
    );
    show(
      "portal layout's own clinic read (letterhead)",
      await timeSequential(async () => void (await clinicLetterhead(db, clinic.id)), n),
    );

    if (!http) return;
    if (!existsSync(path.join(appDir, ".next", "BUILD_ID"))) {
      console.log(`No production build in ${appDir}: run \`npm run build\` for the request figures.`);
      return;
    }
    const server = await startProductionServer({
      port: await freePort(),
      env: database.env,
      authSecret: AUTH_SECRET,
      cwd: appDir,
      logFile: path.resolve("bench-results", "signed-in-request-server.log"),
    });
    try {
      const base = server.base;
      console.log(`\nWhole requests to the production build in ${appDir}, one at a time, ${n} each:`);
      show("GET /healthz (static route)", await timeSequential(() => getOk(`${base}/healthz`), n, 20));
      const signedIn = await timeSequential(() => getOk(`${base}/patients/new`, cookieHeader), n, 20);
      show("GET /patients/new (signed in, no patient data)", signedIn);
      show(
        "GET /portal (patient's Today)",
        await timeSequential(() => getOk(`${base}/portal`, own!.cookie), n, 20),
      );
      const dbName = new URL(database.url).pathname.slice(1);
      for (const [route, cookie] of [
        ["/patients/new", cookieHeader],
        ["/portal", own!.cookie],
      ] as const) {
        const before = await commits(dbName);
        const count = 50;
        for (let i = 0; i < count; i++) await getOk(`${base}${route}`, cookie);
        const after = await commits(dbName);
        show(`database statements per GET ${route}`, ((after - before) / count).toFixed(2));
      }
    } finally {
      await server.stop();
    }
  } finally {
    await conn.close();
    await handle.close();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
