"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/define-action";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { map } from "@/lib/result/result";
import { editTemplate, retireTemplate } from "@/lib/templates/manage-templates";
import { editTemplateInput, retireTemplateInput } from "@/lib/validation/template";

const editFields = ["templateId", "version", "name", "description"] as const;

const edit = formAction(
  { role: "staff", input: editTemplateInput, read: (formData) => formValues(formData, editFields) },
  async (ctx, input) =>
    map(await editTemplate(ctx, input), () => {
      revalidatePath("/clinic/templates");
      return { status: "success" as const, message: "Template saved." };
    }),
);

/** Renames or re-describes one of the clinic's own templates; a refused form comes back as typed. */
export async function editTemplateAction(previous: FormState, formData: FormData): Promise<FormState> {
  const state = await edit(previous, formData);
  return { ...state, values: formValues(formData, editFields) };
}

/** Retires one of the clinic's own templates (no longer offered for new plans). */
export const retireTemplateAction = formAction(
  { role: "staff", input: retireTemplateInput },
  async (ctx, input) =>
    map(await retireTemplate(ctx, input), () => {
      revalidatePath("/clinic/templates");
      return { status: "success" as const, message: "Template retired." };
    }),
);
