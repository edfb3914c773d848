import type { z } from "zod";
import type { DiaryEntry } from "@/db/queries/diary";
import type { diaryInput } from "@/lib/validation/diary";

/**
 * The day as the form sends it: the schema's input (lib/validation/diary.ts), with the texts always sent as
 * typed (the server turns an empty one into null) and the pains possibly unanswered (the server answers a
 * message beside the field).
 */
export type DiaryPayload = Omit<
  z.input<typeof diaryInput>,
  "painNow" | "painAverage" | "medicationNote" | "note"
> & {
  painNow: number | null;
  painAverage: number | null;
  medicationNote: string;
  note: string;
};

/** A stored day as it arrives in JSON: the same fields, with its moment as an ISO string, not a Date. */
export type SentEntry = Omit<DiaryEntry, "updatedAt"> & { updatedAt: string };

/** A failure worth retrying with the same submission: the network, or the server having a bad moment. */
export class RetryableError extends Error {}

/** The server refused the submission (bad input, signed out, conflict): retrying as is will not help. */
export class RefusedError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fields: Record<string, string> = {},
    readonly current: SentEntry | null = null,
  ) {
    super(message);
  }
}

export async function submitDiary(
  date: string,
  payload: DiaryPayload,
): Promise<{ status: string; entry: SentEntry; checkIn: string | null }> {
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
