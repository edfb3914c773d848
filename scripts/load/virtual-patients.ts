// Patients on phones, as the load test drives them: each signs in once, then saves diary days one after
// another (the way one phone does), remembering what the server acknowledged.
import { randomUUID } from "node:crypto";
import { request } from "@playwright/test";
import { addDays } from "@/lib/domain/calendar";
import { localDate } from "@/lib/domain/local-time";
import { callAction, form } from "@/testing/server-actions";
import { LOAD_PASSWORD, LOAD_TIME_ZONE, loadEmail } from "./seed-load";
import type { DiaryEntry } from "@/db/queries/diary";

/** A diary day as the server acknowledged it (the JSON of the PUT answer). */
export type AckedEntry = Omit<DiaryEntry, "updatedAt">;

export type Phase = {
  requests: number;
  acknowledged: number;
  /** Answers other than 2xx, by status. */
  refused: Map<number, number>;
  /** Requests that got no answer (connection refused or reset). */
  unanswered: number;
  /** 5xx answers the phone retried (with `retryServerErrors`), as the portal does; not user-visible. */
  retriedServerErrors: number;
  latenciesMs: number[];
  seconds: number;
};

/** The latest acknowledged entry per patient and day: "patientIndex|date". */
export type Acknowledged = Map<string, AckedEntry>;

/** Signs the patients in through the app's sign-in action; answers each one's cookie header. */
export async function signInPatients(base: string, count: number): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < count; i += 5) {
    const batch = Array.from({ length: Math.min(5, count - i) }, async (_, k) => {
      const context = await request.newContext({ baseURL: base });
      const answer = await callAction(context, {
        page: "/sign-in",
        file: "app/(auth)/sign-in/actions.ts",
        name: "signInAction",
        args: [{ status: "idle" }, form({ email: loadEmail(i + k), password: LOAD_PASSWORD })],
      });
      if (!answer.redirect) throw new Error(`${loadEmail(i + k)} could not sign in`);
      const state = await context.storageState();
      await context.dispose();
      return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    });
    cookies.push(...(await Promise.all(batch)));
  }
  return cookies;
}

const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
const scale = () => Math.floor(Math.random() * 11);

function submission(baseVersion: number) {
  return {
    clientId: randomUUID(),
    baseVersion,
    painNow: scale(),
    painAverage: scale(),
    sleepQuality: Math.random() < 0.2 ? null : scale(),
    stress: Math.random() < 0.2 ? null : scale(),
    medicationTaken: pick([true, false, null]),
    medicationNote: Math.random() < 0.3 ? pick(["Paracetamol", "Ibuprofen 400 mg", "Naproxen"]) : null,
    flareUp: Math.random() < 0.1,
    note: Math.random() < 0.5 ? `Load note ${randomUUID().slice(0, 8)} — walked, sat, slept` : null,
    activities: Math.random() < 0.1 ? [] : [{ key: "walking", amount: 5 + Math.floor(Math.random() * 50) }],
  };
}

/**
 * Runs `concurrency` patients until `until`. With `retryUnanswered`, a submission that got no answer (the
 * server was down) is sent again unchanged, as the portal's retry does, until it is answered.
 */
export async function runDiaryLoad({
  base,
  cookies,
  seconds,
  acknowledged,
  retryUnanswered,
  retryServerErrors = false,
  onHalfway,
}: {
  base: string;
  cookies: string[];
  seconds: number;
  acknowledged: Acknowledged;
  retryUnanswered: boolean;
  /** Retry a 5xx answer up to 4 times with the portal's backoff (components/portal/diary/diary-form.tsx). */
  retryServerErrors?: boolean;
  onHalfway?: () => Promise<void>;
}): Promise<Phase> {
  const phase: Phase = {
    requests: 0,
    acknowledged: 0,
    refused: new Map(),
    unanswered: 0,
    retriedServerErrors: 0,
    latenciesMs: [],
    seconds,
  };
  const started = Date.now();
  const until = started + seconds * 1000;
  const today = localDate(LOAD_TIME_ZONE);
  const days = Array.from({ length: 7 }, (_, k) => addDays(today, -k));
  const halfway = onHalfway
    ? new Promise<void>((resolve) => setTimeout(() => onHalfway().then(resolve), (seconds * 1000) / 2))
    : Promise.resolve();

  const patient = async (index: number) => {
    while (Date.now() < until) {
      const date = pick(days);
      const body = submission(acknowledged.get(`${index}|${date}`)?.version ?? 0);
      for (let serverErrors = 0; ;) {
        phase.requests++;
        const t0 = performance.now();
        let response: Response;
        let text: string;
        try {
          response = await fetch(`${base}/api/portal/diary/${date}`, {
            method: "PUT",
            headers: { cookie: cookies[index]!, "content-type": "application/json" },
            body: JSON.stringify(body),
            signal: AbortSignal.timeout(20_000),
          });
          text = await response.text();
        } catch {
          phase.unanswered++;
          if (!retryUnanswered || Date.now() > until + 60_000) break;
          await new Promise((r) => setTimeout(r, 200));
          continue;
        }
        phase.latenciesMs.push(performance.now() - t0);
        if (response.status >= 500 && retryServerErrors && serverErrors < 4) {
          serverErrors++;
          phase.retriedServerErrors++;
          await new Promise((r) => setTimeout(r, Math.min(1000 * 2 ** (serverErrors - 1), 10_000)));
          continue;
        }
        if (response.ok) {
          phase.acknowledged++;
          acknowledged.set(`${index}|${date}`, (JSON.parse(text) as { entry: AckedEntry }).entry);
        } else {
          phase.refused.set(response.status, (phase.refused.get(response.status) ?? 0) + 1);
        }
        break;
      }
    }
  };
  // allSettled: a failing patient must not leave the halfway fault (a server restart) running unobserved.
  const settled = await Promise.allSettled([...cookies.map((_, i) => patient(i)), halfway]);
  const failed = settled.find((s) => s.status === "rejected");
  if (failed) throw (failed as PromiseRejectedResult).reason;
  phase.seconds = (Date.now() - started) / 1000;
  return phase;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
