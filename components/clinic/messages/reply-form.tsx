"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { controlClass, FieldShell } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { MESSAGE_MAX_LENGTH, suggestedMinutes } from "@/lib/domain/messages";
import { idleForm, type FormAction } from "@/lib/forms/form-state";
import { LogTimeSuggestion } from "@/components/clinic/time-log/log-time-suggestion";

export type TemplateOption = { id: string; title: string; body: string };

/**
 * The care team's reply in a patient's thread. A clinic template can be inserted and edited before sending.
 * The time spent writing is measured here and offered as a time-log entry after sending: never logged
 * without the clinician pressing the button.
 */
export function ReplyForm({
  clientId,
  reply,
  logTime,
  templates,
  nextLogClientId,
}: {
  /** Made on the server for each render, so a resent reply is stored once. */
  clientId: string;
  reply: FormAction;
  logTime: FormAction;
  templates: TemplateOption[];
  nextLogClientId: string;
}) {
  const [state, action] = useActionState(reply, idleForm);
  const formRef = useFocusFirstError(state);
  const [text, setText] = useState("");
  const startedAt = useRef<number | null>(null);
  const submittedAt = useRef<number | null>(null);
  const [suggestion, setSuggestion] = useState<number | null>(null);
  const [template, setTemplate] = useState("");

  useEffect(() => {
    if (state.status === "success") {
      if (startedAt.current !== null && submittedAt.current !== null)
        setSuggestion(suggestedMinutes(startedAt.current, submittedAt.current));
      startedAt.current = null;
      setText("");
    }
  }, [state]);

  const began = () => {
    startedAt.current ??= Date.now();
    setSuggestion(null);
  };

  return (
    <div className="flex flex-col gap-3">
      <form
        ref={formRef}
        action={action}
        onSubmit={() => {
          submittedAt.current = Date.now();
        }}
        className="flex flex-col gap-3"
        noValidate
      >
        <input type="hidden" name="clientId" value={clientId} />
        {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
        {templates.length > 0 ? (
          <FieldShell
            label="Insert a reply template"
            hint="The text goes into the reply; edit it before sending."
          >
            {({ id, describedBy }) => (
              <select
                id={id}
                aria-describedby={describedBy}
                value={template}
                onChange={(e) => {
                  const chosen = templates.find((t) => t.id === e.target.value);
                  if (chosen) {
                    began();
                    setText((t) => (t.trim() === "" ? chosen.body : `${t}\n\n${chosen.body}`));
                  }
                  setTemplate("");
                }}
                className={controlClass}
              >
                <option value="">Choose a template…</option>
                {templates.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.title}
                  </option>
                ))}
              </select>
            )}
          </FieldShell>
        ) : null}
        <FieldShell label="Reply to the patient" error={state.fieldErrors?.body}>
          {({ id, describedBy, invalid }) => (
            <textarea
              id={id}
              name="body"
              rows={4}
              maxLength={MESSAGE_MAX_LENGTH}
              value={text}
              onChange={(e) => {
                began();
                setText(e.target.value);
              }}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              className={controlClass}
            />
          )}
        </FieldShell>
        <SubmitButton pendingLabel="Sending…" className="self-start">
          Send reply
        </SubmitButton>
      </form>
      {state.status === "success" ? <Notice tone="success">Reply sent.</Notice> : null}
      {suggestion !== null ? (
        <LogTimeSuggestion
          key={nextLogClientId}
          minutes={suggestion}
          clientId={nextLogClientId}
          logTime={logTime}
          onDone={() => setSuggestion(null)}
        />
      ) : null}
    </div>
  );
}
