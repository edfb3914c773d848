import { z } from "zod";

/** What a form's server action answers; field errors are shown beside their fields. */
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string | undefined>;
  /** What the user typed, so a refused form comes back filled in (never passwords). */
  values?: Record<string, string>;
};

/** A server action as a form component receives it: pages pass actions in, components never import app/. */
export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export const idleForm: FormState = { status: "idle" };

export function formValues(formData: FormData, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, String(formData.get(k) ?? "")]));
}

/** The first message per field of a zod error. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string | undefined> {
  const flat = z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
  return Object.fromEntries(Object.entries(flat).map(([k, v]) => [k, v?.[0]]));
}

export function refused(error: z.ZodError, values?: Record<string, string>): FormState {
  return {
    status: "error",
    message: "Please correct the highlighted fields.",
    fieldErrors: fieldErrorsOf(error),
    values,
  };
}

/** Zod issues as "activities.0.goal" -> message, the first message per field. */
export function issuesByPath(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "_form";
    out[path] ??= issue.message;
  }
  return out;
}
