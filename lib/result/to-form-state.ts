import type { FormState } from "@/lib/forms/form-state";
import type { AppError } from "./result";

/** The words a form shows for each error code when the change itself gave none. */
export const FORM_MESSAGES = {
  not_found: "This patient was not found in your clinic.",
  conflict: "This record changed since you opened the page. Reload it and try again.",
  invalid: "Please correct the highlighted fields.",
  forbidden: "You cannot make this change.",
  rate_limited: "Too many changes, try again in a minute.",
} as const satisfies Record<AppError["code"], string>;

/** An error as the state a form shows: a message at the button and, for bad input, one beside each field. */
export function toFormState(error: AppError): FormState {
  const message = error.message ?? FORM_MESSAGES[error.code];
  return error.code === "invalid"
    ? { status: "error", message, fieldErrors: error.fields }
    : { status: "error", message };
}
