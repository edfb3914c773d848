import type { Result } from "@/lib/result/result";

/**
 * What saving a plan answers the editor: the Result's error code as the editor's status (it words each one
 * itself, beside the draft), with the field messages for bad values.
 */
export type PlanSaveResult =
  | { status: "saved" }
  | { status: "conflict" | "not_found" | "forbidden" | "rate_limited" }
  /** A change request this revision answered was answered by someone else first (nothing saved). */
  | { status: "answered" }
  | { status: "invalid"; errors: Record<string, string> };

export function toPlanSaveResult(result: Result<unknown>): PlanSaveResult {
  if (result.ok) return { status: "saved" };
  const { error } = result;
  return error.code === "invalid" ? { status: "invalid", errors: error.fields } : { status: error.code };
}
