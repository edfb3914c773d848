"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import type { DiaryEntry } from "@/db/queries/diary";
import { encouragementFor } from "@/lib/domain/encouragement";
import { UNIT_STEP } from "@/lib/domain/graded-activity/units";
import { ActivityLogger, type LoggableActivity } from "./activity-logger";
import { ScalePicker } from "./scale-picker";
import {
  newSubmissionId,
  RefusedError,
  RetryableError,
  submitDiary,
  type DiaryPayload,
  type SentEntry,
} from "./submission";
import { StableLabel } from "@/components/ui/submit-button";
import { useOnline } from "./use-online";
import { YesNo } from "./yes-no";

type Props = { date: string; dayLabel: string; activities: LoggableActivity[]; initial: DiaryEntry | null };

type Values = Omit<DiaryPayload, "clientId" | "baseVersion" | "activities"> & {
  amounts: Record<string, string>;
};

const fromEntry = (e: Omit<DiaryEntry, "updatedAt"> | null, activities: LoggableActivity[]): Values => ({
  painNow: e?.painNow ?? null,
  painAverage: e?.painAverage ?? null,
  sleepQuality: e?.sleepQuality ?? null,
  stress: e?.stress ?? null,
  medicationTaken: e?.medicationTaken ?? null,
  medicationNote: e?.medicationNote ?? "",
  flareUp: e?.flareUp ?? false,
  note: e?.note ?? "",
  amounts: Object.fromEntries(
    activities.map((a) => [a.key, String(e?.activities.find((l) => l.key === a.key)?.amount ?? "")]),
  ),
});

const MISSING_ORDER = ["painNow", "painAverage"] as const;
const MISSING_WORDS: Record<(typeof MISSING_ORDER)[number], string> = {
  painNow: "pain right now",
  painAverage: "average pain",
};

/**
 * One day's diary. A submission keeps its id until the server confirms it, so retries (automatic, or the
 * patient pressing Save again) can never store the day twice; while offline it waits and says so.
 */
export function DiaryForm({ date, dayLabel, activities, initial }: Props) {
  const online = useOnline();
  const router = useRouter();
  const [values, setValues] = useState(() => fromEntry(initial, activities));
  const [baseVersion, setBaseVersion] = useState(initial?.version ?? 0);
  const [submissionId, setSubmissionId] = useState(newSubmissionId);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<SentEntry | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const mutation = useMutation({
    mutationFn: (payload: DiaryPayload) => submitDiary(date, payload),
    retry: (failures, error) => error instanceof RetryableError && failures < 4,
    retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 10_000),
    onSuccess: ({ entry, checkIn }) => {
      // A worrying day (high pain, a rise, a flare-up): the safety questions come next, straight away.
      if (checkIn) router.push("/portal/check-in");
      setSaved(entry);
      setBaseVersion(entry.version);
      setSubmissionId(newSubmissionId());
    },
  });

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setSaved(null);
    // An answer given clears its "missing" message straight away.
    setMissing((m) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== key)));
  };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const needed: Record<string, string> = {};
    if (values.painNow === null) needed.painNow = "Choose your pain now from 0 to 10.";
    if (values.painAverage === null) needed.painAverage = "Choose your average pain today from 0 to 10.";
    setMissing(needed);
    const first = Object.keys(needed)[0];
    if (first) {
      // The errors may be far up the page: take the patient to the first one, so Save visibly did something.
      const input = formRef.current?.querySelector<HTMLInputElement>(`input[name="${first}"]`);
      input?.closest("fieldset")?.scrollIntoView({ block: "center" });
      input?.focus({ preventScroll: true });
      return;
    }
    const { amounts, ...rest } = values;
    mutation.mutate({
      ...rest,
      clientId: submissionId,
      baseVersion,
      activities: activities
        .filter((a) => amounts[a.key] !== "")
        .map((a) => ({ key: a.key, amount: Number(amounts[a.key]) })),
    });
  }

  const refused = mutation.error instanceof RefusedError ? mutation.error : null;
  const errors = { ...(refused?.fields ?? {}), ...missing };
  const activityError = (i: number) => errors[`activities.${i}`] ?? errors[`activities.${i}.amount`];
  const praise =
    saved &&
    encouragementFor(
      activities
        .filter((a) => a.quota !== null && values.amounts[a.key] !== "")
        .map((a) => ({
          name: a.name,
          done: Number(values.amounts[a.key]),
          quota: a.quota!,
          unitStep: UNIT_STEP[a.unit],
        })),
      dayLabel,
    );

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-6">
      {activities.length > 0 ? (
        <section aria-labelledby="activities-heading">
          <h2 id="activities-heading" className="text-lg font-semibold">
            What you did {dayLabel}
          </h2>
          <div className="divide-y divide-slate-100">
            {activities.map((a, i) => (
              <ActivityLogger
                key={a.key}
                activity={a}
                value={values.amounts[a.key] ?? ""}
                error={activityError(i)}
                onChange={(v) => set("amounts", { ...values.amounts, [a.key]: v })}
              />
            ))}
          </div>
        </section>
      ) : null}

      <ScalePicker
        name="painNow"
        legend="Pain right now"
        low="no pain"
        high="worst imaginable"
        value={values.painNow}
        error={errors.painNow}
        onChange={(v) => set("painNow", v)}
      />
      <ScalePicker
        name="painAverage"
        legend={`Average pain ${dayLabel}`}
        low="no pain"
        high="worst imaginable"
        value={values.painAverage}
        error={errors.painAverage}
        onChange={(v) => set("painAverage", v)}
      />
      <ScalePicker
        name="sleepQuality"
        legend="How well did you sleep?"
        low="very badly"
        high="very well"
        value={values.sleepQuality}
        error={errors.sleepQuality}
        onChange={(v) => set("sleepQuality", v)}
      />
      <ScalePicker
        name="stress"
        legend="How stressed do you feel?"
        low="not at all"
        high="extremely"
        value={values.stress}
        error={errors.stress}
        onChange={(v) => set("stress", v)}
      />
      <YesNo
        name="flareUp"
        legend="Did you have a flare-up?"
        value={values.flareUp}
        onChange={(v) => set("flareUp", v)}
      />
      <YesNo
        name="medicationTaken"
        legend="Did you take pain medication?"
        value={values.medicationTaken}
        onChange={(v) => set("medicationTaken", v)}
      />
      {values.medicationTaken ? (
        <label className="flex flex-col gap-1.5 text-base font-medium">
          What did you take? (optional)
          <input
            value={values.medicationNote}
            maxLength={200}
            onChange={(e) => set("medicationNote", e.target.value)}
            className="h-12 rounded-lg border border-slate-300 px-3 font-normal"
          />
          {errors.medicationNote ? (
            <span className="text-sm text-red-700">{errors.medicationNote}</span>
          ) : null}
        </label>
      ) : null}
      <label className="flex flex-col gap-1.5 text-base font-medium">
        Anything else? (optional)
        <textarea
          value={values.note}
          maxLength={1000}
          rows={3}
          onChange={(e) => set("note", e.target.value)}
          className="rounded-lg border border-slate-300 px-3 py-2 font-normal"
        />
        {errors.note ? <span className="text-sm text-red-700">{errors.note}</span> : null}
      </label>

      <div className="sticky bottom-0 -mx-4 flex flex-col gap-2 border-t border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur">
        <Status
          online={online}
          pending={mutation.isPending}
          paused={mutation.isPaused}
          failures={mutation.failureCount}
          error={mutation.error}
          saved={saved}
          praise={praise?.text ?? null}
          missing={MISSING_ORDER.filter((k) => missing[k]).map((k) => MISSING_WORDS[k])}
        />
        <button
          type="submit"
          disabled={mutation.isPending}
          className="h-12 rounded-lg bg-brand-700 text-base font-semibold text-white disabled:bg-slate-400"
        >
          <StableLabel
            pending={mutation.isPending}
            label={baseVersion > 0 ? "Save changes" : "Save my day"}
            pendingLabel="Saving…"
          />
        </button>
      </div>
    </form>
  );
}

function Status(props: {
  online: boolean;
  pending: boolean;
  paused: boolean;
  failures: number;
  error: Error | null;
  saved: SentEntry | null;
  praise: string | null;
  /** Required answers still missing after a press of Save, in words. */
  missing: string[];
}) {
  const { online, pending, paused, failures, error, saved, praise, missing } = props;
  let text: string | null = null;
  let tone = "text-slate-700";
  if (missing.length > 0) {
    text = `Not saved yet: please answer ${missing.join(" and ")}.`;
    tone = "text-red-700";
  } else if (!online || paused) {
    text = pending
      ? "You are offline. Your answers are kept here and will be sent when you are back online."
      : "You are offline. You can fill this in; it is sent when you are back online.";
    tone = "text-amber-800";
  } else if (pending && failures > 0) {
    text = "Connection problem: trying again…";
    tone = "text-amber-800";
  } else if (error instanceof RefusedError) {
    text =
      error.status === 409
        ? "This day was changed on another device. Reload the page to see it before changing it again."
        : error.status === 401
          ? "You have been signed out. Sign in again; your answers will need re-entering."
          : error.message;
    tone = "text-red-700";
  } else if (error) {
    text = "Your entry could not be sent. It is still here: press Save to try again.";
    tone = "text-red-700";
  } else if (saved) {
    text = `Saved. ${praise ?? ""}`;
    tone = "text-emerald-800";
  }
  return (
    <p role="status" aria-live="polite" className={`min-h-5 text-sm font-medium ${tone}`}>
      {text}
    </p>
  );
}
