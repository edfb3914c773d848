import type { z } from "zod";
import { fieldsOf } from "@/lib/result/result";

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

export function refused(error: z.ZodError, values?: Record<string, string>): FormState {
  return {
    status: "error",
    message: "Please correct the highlighted fields.",
    fieldErrors: fieldsOf(error),
    values,
  };
}
