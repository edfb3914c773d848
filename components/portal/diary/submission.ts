import type { DiaryEntry } from "@/db/queries/diary";

export type DiaryPayload = {
  clientId: string;
  baseVersion: number;
  painNow: number | null;
  painAverage: number | null;
  sleepQuality: number | null;
  stress: number | null;
  medicationTaken: boolean | null;
  medicationNote: string;
  flareUp: boolean;
  note: string;
  activities: { key: string; amount: number }[];
};

/** A failure worth retrying with the same submission: the network, or the server having a bad moment. */
export class RetryableError extends Error {}

/** The server refused the submission (bad input, signed out, conflict): retrying as is will not help. */
export class RefusedError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fields: Record<string, string> = {},
    readonly current: DiaryEntry | null = null,
  ) {
    super(message);
  }
}

export async function submitDiary(
  date: string,
  payload: DiaryPayload,
): Promise<{ status: string; entry: DiaryEntry; checkIn: string | null }> {
  let response: Response;
  try {
    response = await fetch(`/api/portal/diary/${date}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(payload),
    });
  } catch {
    throw new RetryableError("No connection.");
  }
  if (response.status >= 500) throw new RetryableError("The server could not save just now.");
  const body = await response.json().catch(() => ({}));
  if (!response.ok)
    throw new RefusedError(
      body.error ?? "Your entry could not be saved.",
      response.status,
      body.fields,
      body.entry ?? null,
    );
  return body;
}

/** A random v4 UUID that also works on plain-HTTP pages, where crypto.randomUUID is unavailable. */
export function newSubmissionId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
