"use server";

import { revalidatePath } from "next/cache";
import { patientFormAction } from "@/lib/actions/define-action";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { map } from "@/lib/result/result";
import { logTime } from "@/lib/time-log/log-time";
import { timeLogInput } from "@/lib/validation/time-log";

const logTimeForm = patientFormAction({ input: timeLogInput }, async (ctx, entry) =>
  map(await logTime(ctx, { patientId: ctx.patientId, entry }), () => {
    revalidatePath(`/patients/${ctx.patientId}`);
    return { status: "success" as const, message: `${entry.minutes} min logged.` };
  }),
);

/** Minutes spent on the patient's monitoring; a refused form comes back filled in. */
export async function logTimeAction(
  patientId: string,
  previous: FormState,
  formData?: FormData,
): Promise<FormState> {
  const state = await logTimeForm(patientId, previous, formData);
  return state.status === "error"
    ? { ...state, values: formValues(formData ?? new FormData(), ["minutes", "kind", "note"]) }
    : state;
}
