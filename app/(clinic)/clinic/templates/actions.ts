"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/define-action";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { map } from "@/lib/result/result";
import { editTemplate, retireTemplate } from "@/lib/templates/manage-templates";
import { editTemplateInput, MAX_TEMPLATE_ACTIVITIES, retireTemplateInput } from "@/lib/validation/template";

const ACTIVITY_FIELDS = ["name", "goal", "startPercent", "instructions"] as const;

/** The form's fields: the text, and `activities.N.<field>` for each activity the form carries. */
function editFields(formData: FormData): string[] {
  const count = Array.from({ length: MAX_TEMPLATE_ACTIVITIES + 1 }, (_, i) => i).findIndex(
    (i) => !formData.has(`activities.${i}.name`),
  );
  const activities = Array.from({ length: count < 0 ? MAX_TEMPLATE_ACTIVITIES + 1 : count }, (_, i) =>
    ACTIVITY_FIELDS.map((f) => `activities.${i}.${f}`),
  ).flat();
  return ["templateId", "version", "name", "description", ...activities];
}

function readEdit(formData: FormData) {
  const values = formValues(formData, editFields(formData));
  const count = Object.keys(values).filter((k) => k.endsWith(".name") && k.startsWith("activities.")).length;
  const activities = Array.from({ length: count }, (_, i) =>
    Object.fromEntries(ACTIVITY_FIELDS.map((f) => [f, values[`activities.${i}.${f}`]])),
  );
  return {
    templateId: values.templateId,
    version: values.version,
    name: values.name,
    description: values.description,
    ...(count > 0 ? { activities } : {}),
  };
}

const edit = formAction({ role: "staff", input: editTemplateInput, read: readEdit }, async (ctx, input) =>
  map(await editTemplate(ctx, input), () => {
    revalidatePath("/clinic/templates");
    return { status: "success" as const, message: "Template saved." };
  }),
);

/** Edits one of the clinic's own templates (text and activities); a refused form comes back as typed. */
export async function editTemplateAction(previous: FormState, formData: FormData): Promise<FormState> {
  const state = await edit(previous, formData);
  return { ...state, values: formValues(formData, editFields(formData)) };
}

/** Retires one of the clinic's own templates (no longer offered for new plans): admins and its author only. */
export const retireTemplateAction = formAction(
  { role: "staff", input: retireTemplateInput },
  async (ctx, input) =>
    map(await retireTemplate(ctx, input), () => {
      revalidatePath("/clinic/templates");
      return { status: "success" as const, message: "Template retired." };
    }),
);
