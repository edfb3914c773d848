import "server-only";
import type { Metadata } from "next";
import { RetireTemplateForm, TemplateTextForm } from "@/components/clinic/templates/template-forms";
import { Card } from "@/components/ui/card";
import type { TemplateActivity } from "@/lib/domain/graded-activity/types";
import { listClinicTemplates } from "@/db/queries/templates";
import { readDbFor } from "@/lib/auth/own-writes";
import { requireStaff } from "@/lib/auth/session";
import { editTemplateAction, retireTemplateAction } from "./actions";

export const metadata: Metadata = { title: "Plan templates" };

function progressionWords(p: TemplateActivity["progression"], unit: string): string {
  switch (p.kind) {
    case "fixed":
      return `up ${p.step} ${unit} every ${p.everyDays} days`;
    case "percent":
      return `up ${p.percent}% every ${p.everyDays} days`;
    case "goal_date":
      return `to the goal in ${p.weeks} weeks`;
  }
}

/**
 * The clinic's own plan templates (edit their text and activities; retire: admins and the author) and the
 * built-in ones (read-only).
 */
export default async function TemplatesPage() {
  const actor = await requireStaff();
  const db = await readDbFor(actor);
  const { own, builtIn } = await listClinicTemplates(db, actor);
  const active = own.filter((t) => t.retiredAt === null);
  const retired = own.filter((t) => t.retiredAt !== null);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Plan templates</h1>
        <p className="mt-1 text-sm text-slate-600">
          Save a patient&apos;s plan as a template from their plan page (&ldquo;Save as template&rdquo;).
          Templates carry activities, start fractions and progressions, never a patient&apos;s baseline.
        </p>
      </div>
      <Card>
        <h2 className="font-semibold">This clinic&apos;s templates</h2>
        {active.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600">None yet.</p>
        ) : (
          <ul className="mt-3 flex flex-col divide-y divide-slate-200">
            {active.map((t) => (
              <li key={t.id} className="flex flex-col gap-3 py-4">
                <p className="text-sm text-slate-600">
                  {t.activities.map((a) => a.name).join(", ")}
                  {t.createdByName ? ` · saved by ${t.createdByName}` : ""}
                </p>
                <TemplateTextForm
                  save={editTemplateAction}
                  submitLabel="Save template"
                  initial={{ name: t.name, description: t.description }}
                  hidden={{ templateId: t.id, version: String(t.version) }}
                  activities={t.activities.map((a) => ({
                    name: a.name,
                    goal: String(a.goal),
                    startPercent: String(Math.round(a.startFraction * 100)),
                    instructions: a.instructions ?? "",
                    unit: a.unit,
                    progression: progressionWords(a.progression, a.unit),
                  }))}
                />
                {actor.role === "admin" || t.createdById === actor.userId ? (
                  <RetireTemplateForm retire={retireTemplateAction} templateId={t.id} name={t.name} />
                ) : (
                  <p className="text-sm text-slate-600">
                    Only an admin or {t.createdByName ?? "the clinician who saved it"} can retire it.
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <h2 className="font-semibold">Built in (read-only)</h2>
        <ul className="mt-3 flex flex-col gap-2 text-sm">
          {builtIn.map((t) => (
            <li key={t.id}>
              <span className="font-medium">{t.name}</span>: {t.description}
            </li>
          ))}
        </ul>
      </Card>
      {retired.length > 0 ? (
        <Card>
          <h2 className="font-semibold">Retired</h2>
          <ul className="mt-3 flex flex-col gap-2 text-sm text-slate-600">
            {retired.map((t) => (
              <li key={t.id}>{t.name}</li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
