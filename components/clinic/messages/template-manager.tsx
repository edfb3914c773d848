"use client";

import { useActionState } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { idleForm, type FormAction } from "@/lib/forms/form-state";
import type { TemplateOption } from "./reply-form";

/** Clinic reply templates: admins add and delete them; clinicians insert them into replies. */
export function TemplateManager({
  templates,
  add,
  remove,
}: {
  templates: TemplateOption[];
  add: FormAction;
  remove: FormAction;
}) {
  const [state, action] = useActionState(add, idleForm);
  const [removed, removeAction] = useActionState(remove, idleForm);
  const formRef = useFocusFirstError(state);
  return (
    <div className="flex flex-col gap-4">
      {removed.status === "error" && removed.message ? <Notice tone="error">{removed.message}</Notice> : null}
      {templates.length === 0 ? (
        <p className="text-sm text-slate-600">No templates yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {templates.map((t) => (
            <li key={t.id} className="flex items-start justify-between gap-3 py-2">
              <div className="min-w-0">
                <p className="font-medium">{t.title}</p>
                <p className="whitespace-pre-wrap break-words text-sm text-slate-600">{t.body}</p>
              </div>
              <form
                action={removeAction}
                onSubmit={(e) => {
                  if (
                    !window.confirm(
                      `Delete the template "${t.title}"? Messages already sent keep their text.`,
                    )
                  )
                    e.preventDefault();
                }}
              >
                <input type="hidden" name="templateId" value={t.id} />
                <SubmitButton pendingLabel="Deleting…" variant="secondary">
                  Delete<span className="sr-only"> template {t.title}</span>
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form ref={formRef} action={action} className="flex flex-col gap-3" noValidate>
        {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
        {state.status === "success" && state.message ? <Notice tone="success">{state.message}</Notice> : null}
        <TextField name="title" label="Template title" maxLength={80} error={state.fieldErrors?.title} />
        <TextAreaField
          name="body"
          label="Template text"
          rows={3}
          maxLength={2000}
          error={state.fieldErrors?.body}
        />
        <SubmitButton pendingLabel="Adding…" className="self-start">
          Add template
        </SubmitButton>
      </form>
    </div>
  );
}
