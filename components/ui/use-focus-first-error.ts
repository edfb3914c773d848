"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/forms/form-state";

// A field with an error: an input marked invalid, or an input of a group whose error text describes it
// (the 0-10 pickers and yes/no groups mark their fieldset, not each radio).
const FIELD_WITH_ERROR = [
  "[aria-invalid='true']",
  "fieldset[aria-describedby] input",
  "fieldset[aria-describedby] select",
  "fieldset[aria-describedby] textarea",
].join(", ");

/**
 * After a refused submission, takes the user to the first field with an error: keyboard and screen-reader
 * users land on it, and on a long form on a phone the error is not left out of sight below the fold.
 * Returns the ref to put on the form.
 */
export function useFocusFirstError(state: FormState) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== "error" || !state.fieldErrors) return;
    const field = form.current?.querySelector<HTMLElement>(FIELD_WITH_ERROR);
    if (!field) return;
    field.scrollIntoView({ block: "center" });
    field.focus({ preventScroll: true });
  }, [state]);
  return form;
}
