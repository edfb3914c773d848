"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { submitFabq, submitPeg, submitPsfs, submitWork } from "@/lib/outcomes/submit-measure";
import type { Result } from "@/lib/result/result";
import { PSFS_ITEMS } from "@/lib/domain/outcomes/measures";
import { fabqRatingsFromForm, psfsRowsFromForm } from "@/lib/validation/outcomes";

/** The form as it arrives; lib/outcomes/submit-measure.ts parses it against the stored PSFS intake. */
const psfsForm = z.object({
  clientId: z.unknown(),
  rows: z.array(z.unknown()),
  ratings: z.array(z.unknown()),
});
const pegForm = z.object({
  clientId: z.unknown(),
  pain: z.unknown(),
  enjoyment: z.unknown(),
  activity: z.unknown(),
});
const fabqForm = z.object({ clientId: z.unknown(), ratings: z.array(z.unknown()) });
const workForm = z.object({ clientId: z.unknown(), status: z.unknown(), daysOffSick: z.unknown() });

const toHome = (saved: Result<{ instrument: string }>) => {
  if (!saved.ok) return saved;
  redirect(`/portal?measure=${saved.value.instrument}`);
};

export const submitPsfsAction = formAction(
  {
    role: "patient",
    input: psfsForm,
    read: (formData) => ({
      clientId: formData.get("clientId"),
      rows: psfsRowsFromForm(formData),
      ratings: Array.from({ length: PSFS_ITEMS.max }, (_, i) => formData.get(`rating.${i}`) ?? undefined),
    }),
  },
  async (ctx, form) => toHome(await submitPsfs(ctx, form)),
);

export const submitPegAction = formAction(
  {
    role: "patient",
    input: pegForm,
    read: (formData) => ({
      clientId: formData.get("clientId"),
      pain: formData.get("pain") ?? undefined,
      enjoyment: formData.get("enjoyment") ?? undefined,
      activity: formData.get("activity") ?? undefined,
    }),
  },
  async (ctx, form) => toHome(await submitPeg(ctx, form)),
);

export const submitFabqAction = formAction(
  {
    role: "patient",
    input: fabqForm,
    read: (formData) => ({ clientId: formData.get("clientId"), ratings: fabqRatingsFromForm(formData) }),
  },
  async (ctx, form) => toHome(await submitFabq(ctx, form)),
);

export const submitWorkAction = formAction(
  {
    role: "patient",
    input: workForm,
    read: (formData) => ({
      clientId: formData.get("clientId"),
      status: formData.get("status") ?? undefined,
      daysOffSick: formData.get("daysOffSick") ?? undefined,
    }),
  },
  async (ctx, form) => toHome(await submitWork(ctx, form)),
);
