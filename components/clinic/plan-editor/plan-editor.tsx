"use client";

import Link from "next/link";
import type { TemplateActivity } from "@/lib/domain/graded-activity/types";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { StableLabel } from "@/components/ui/submit-button";
import type { NumberedRevision } from "@/lib/domain/graded-activity/plan-schedule";
import type { PlanSaveResult } from "@/lib/plans/plan-save-result";
import { ActivityFields } from "./activity-fields";
import {
  blankDraft,
  earliestGoalDateFor,
  draftFromTemplate,
  previewPlan,
  toRawActivity,
  type ActivityDraft,
} from "./draft";
import { PlanPreview } from "./plan-preview";

type Props = {
  patientId: string;
  today: string;
  expectedVersion: number;
  existing: NumberedRevision[];
  initialDrafts: ActivityDraft[];
  currentQuotas: Record<string, number | null>;
  templates: { id: string; name: string; description: string; activities: TemplateActivity[] }[];
  save: (raw: unknown) => Promise<PlanSaveResult>;
};

export function PlanEditor({
  patientId,
  today,
  expectedVersion,
  existing,
  initialDrafts,
  currentQuotas,
  templates,
  save,
}: Props) {
  const router = useRouter();
  const [drafts, setDrafts] = useState(initialDrafts);
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const [reason, setReason] = useState(expectedVersion === 0 ? "Initial plan after assessment" : "");
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? "");
  const [submitted, setSubmitted] = useState(false);
  const [result, setResult] = useState<PlanSaveResult | null>(null);
  const [answered, setAnswered] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const preview = useMemo(
    () => previewPlan(drafts, effectiveFrom, today, existing),
    [drafts, effectiveFrom, today, existing],
  );
  // The server's answer is about what was sent: once the clinician changes anything, its field errors go,
  // and the live checks (the same rules, run here) say what is still wrong.
  const current = JSON.stringify({ effectiveFrom, reason, activities: drafts.map(toRawActivity) });
  const serverErrors = result?.status === "invalid" && answered === current ? result.errors : {};
  const errors = submitted ? { ...preview.errors, ...serverErrors } : {};
  if (submitted && reason.trim().length < 3) errors.reason ??= "Say briefly why (at least 3 characters).";

  const update = (uid: string, patch: Partial<ActivityDraft>) =>
    setDrafts((ds) => ds.map((d) => (d.uid === uid ? { ...d, ...patch } : d)));
  const addTemplate = () => {
    const template = templates.find((t) => t.id === templateId);
    if (template)
      setDrafts((ds) => [
        ...ds.filter((d) => d.name.trim() !== "" || d.goal !== ""),
        ...template.activities.map((a) => draftFromTemplate(a, effectiveFrom)),
      ]);
  };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setResult(null);
    const raw = { expectedVersion, effectiveFrom, reason, activities: drafts.map(toRawActivity) };
    startTransition(async () => {
      const answer = await save(raw);
      setResult(answer);
      setAnswered(JSON.stringify({ effectiveFrom, reason, activities: raw.activities }));
      if (answer.status === "saved") router.push(`/patients/${patientId}?saved=plan`);
    });
  }

  const errorCount = Object.keys(errors).length;
  return (
    <form onSubmit={submit} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,420px)]">
      <div className="flex flex-col gap-5">
        {result?.status === "conflict" ? (
          <Notice tone="error" title="This plan changed since you opened it">
            Someone saved a new revision in the meantime, so yours was not saved and nothing was overwritten.{" "}
            <button
              type="button"
              className="font-semibold underline"
              onClick={() => window.location.reload()}
            >
              Reload the latest plan
            </button>{" "}
            and make your change again.
          </Notice>
        ) : null}
        {result?.status === "not_found" ? (
          <Notice tone="error">This patient was not found in your clinic.</Notice>
        ) : null}
        {result?.status === "rate_limited" ? (
          <Notice tone="error">Too many changes, try again in a minute.</Notice>
        ) : null}
        {submitted && errorCount > 0 && result?.status !== "conflict" ? (
          <Notice tone="error" title="Nothing was saved">
            Please correct the {errorCount === 1 ? "field" : `${errorCount} fields`} marked below.
            {errors._form ? ` ${errors._form}` : ""}
            {errors.activities ? ` ${errors.activities}` : ""}
          </Notice>
        ) : null}

        <Card className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="flex-1">
            <SelectField
              label="Start from a template"
              value={templateId}
              onChange={(e) => setTemplateId(e.target.value)}
              options={templates.map((t) => ({ value: t.id, label: t.name }))}
              hint={templates.find((t) => t.id === templateId)?.description}
            />
          </div>
          <Button type="button" variant="secondary" onClick={addTemplate} className="sm:mb-7">
            Add its activities
          </Button>
        </Card>

        {drafts.map((d, i) => (
          <ActivityFields
            key={d.uid}
            index={i}
            draft={d}
            errors={errors}
            currentQuota={d.key ? (currentQuotas[d.key] ?? null) : null}
            earliestGoalDate={earliestGoalDateFor(
              d,
              effectiveFrom,
              d.key ? (currentQuotas[d.key] ?? null) : null,
            )}
            onChange={(patch) => update(d.uid, patch)}
            onRemove={() => setDrafts((ds) => ds.filter((x) => x.uid !== d.uid))}
          />
        ))}
        <Button
          type="button"
          variant="secondary"
          className="self-start"
          onClick={() => setDrafts((ds) => [...ds, blankDraft(effectiveFrom)])}
        >
          Add an activity
        </Button>

        <Card className="flex flex-col gap-4">
          <TextField
            label="Effective from"
            type="date"
            min={today}
            value={effectiveFrom}
            onChange={(e) => setEffectiveFrom(e.target.value)}
            hint="Days before this keep the quotas they had."
            error={errors.effectiveFrom}
          />
          <TextAreaField
            label="Reason for this change"
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={errors.reason}
          />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={pending} aria-disabled={pending}>
              <StableLabel
                pending={pending}
                label={expectedVersion === 0 ? "Save plan" : "Save new revision"}
                pendingLabel="Saving…"
              />
            </Button>
            <Link
              href={`/patients/${patientId}`}
              className={buttonClass("secondary", pending ? "pointer-events-none opacity-60" : "")}
              aria-disabled={pending || undefined}
              onClick={(e) => pending && e.preventDefault()}
            >
              Cancel
            </Link>
          </div>
        </Card>
      </div>

      <aside aria-label="Preview" className="lg:sticky lg:top-4 lg:self-start">
        <Card>
          <h2 className="font-semibold">Preview</h2>
          <p className="mb-4 text-sm text-slate-600">
            Each activity&apos;s daily quota from the effective date, as the patient will see it.
          </p>
          <PlanPreview activities={preview.activities.map((p) => p.activity)} effectiveFrom={effectiveFrom} />
        </Card>
      </aside>
    </form>
  );
}
