"use server";

import { revalidatePath } from "next/cache";
import { patientFormAction } from "@/lib/actions/define-action";
import { formValues } from "@/lib/forms/form-state";
import { map } from "@/lib/result/result";
import { saveTemplateFromPlan } from "@/lib/templates/manage-templates";
import { templateTextInput } from "@/lib/validation/template";

const fields = ["name", "description"] as const;

/** Saves the patient's current plan as one of the clinic's templates (activities only, no baseline). */
export const saveTemplateFromPlanAction = patientFormAction(
  { input: templateTextInput, read: (formData) => formValues(formData, fields) },
  async (ctx, input) =>
    map(await saveTemplateFromPlan(ctx, { patientId: ctx.patientId, ...input }), () => {
      revalidatePath("/clinic/templates");
      return { status: "success" as const, message: "Saved as a template. Find it under Templates." };
    }),
);
