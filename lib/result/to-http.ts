import type { AppError } from "./result";

const STATUS = {
  not_found: 404,
  conflict: 409,
  invalid: 422,
  forbidden: 403,
  rate_limited: 429,
} as const satisfies Record<AppError["code"], number>;

const WORDS = {
  not_found: "Not found.",
  conflict: "This record was changed elsewhere.",
  invalid: "Please check the highlighted answers.",
  forbidden: "Not allowed.",
  rate_limited: "Too many changes, try again in a minute.",
} as const satisfies Record<AppError["code"], string>;

/** An error as an HTTP answer for the JSON route handlers: status, body and headers. */
export function toHttp(error: AppError): {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
} {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  const body: Record<string, unknown> = { error: error.message ?? WORDS[error.code] };
  if (error.code === "invalid") body.fields = error.fields;
  if (error.code === "conflict") Object.assign(body, error.details);
  if (error.code === "rate_limited") headers["Retry-After"] = String(error.retryAfterSeconds ?? 60);
  return { status: STATUS[error.code], body, headers };
}
