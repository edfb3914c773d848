import { z } from "zod";

/**
 * Why a change to clinical data did not happen. Every lib/<feature>/<verb>.ts answers one of these instead of
 * its own union; the form adapter (to-form-state.ts) and the HTTP adapter (to-http.ts) turn it into words and
 * status codes once, so no action or route handler spells them out again.
 */
export type AppError =
  /** Missing, or outside the actor's clinic: answered the same either way, so nothing leaks. */
  | { code: "not_found"; message?: string }
  /** The record changed since the form was opened (or the change does not fit its current state). */
  | { code: "conflict"; message?: string; details?: Record<string, unknown> }
  /** Bad input: one message per field ("activities.0.goal" -> "Use at most 600."). */
  | { code: "invalid"; message?: string; fields: Record<string, string> }
  /** Signed in, but this role may not do this. */
  | { code: "forbidden"; message?: string }
  /** Too many writes from this account or address in the current window (see lib/limits/write-limit.ts). */
  | { code: "rate_limited"; message?: string; retryAfterSeconds?: number };

export type AppErrorCode = AppError["code"];

export type Result<T = undefined> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok(): Result<undefined>;
export function ok<T>(value: T): Result<T>;
export function ok<T>(value?: T): Result<T | undefined> {
  return { ok: true, value };
}

export const fail = (error: AppError): { ok: false; error: AppError } => ({ ok: false, error });

export const notFound = (message?: string) => fail({ code: "not_found", message });
export const conflict = (message?: string, details?: Record<string, unknown>) =>
  fail({ code: "conflict", message, details });
export const invalid = (fields: Record<string, string>, message?: string) =>
  fail({ code: "invalid", fields, message });

/** Zod issues as "activities.0.goal" -> message, the first message per field ("_form" for the whole). */
export function fieldsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "_form";
    out[path] ??= issue.message;
  }
  return out;
}

/** A zod parse as a Result: the parsed value, or "invalid" with the field messages. */
export function parseWith<S extends z.ZodType>(schema: S, raw: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(raw);
  return parsed.success ? ok(parsed.data) : invalid(fieldsOf(parsed.error));
}

/** The success value turned by `then` (revalidating a page, wording the answer); an error passes through. */
export function map<T, U>(result: Result<T>, then: (value: T) => U): Result<U> {
  return result.ok ? ok(then(result.value)) : result;
}
