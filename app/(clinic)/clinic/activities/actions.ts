"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { addLibraryActivity, removeLibraryActivity } from "@/lib/activity-library/add-activity";
import { map } from "@/lib/result/result";
import { libraryActivityInput } from "@/lib/validation/change-request";

export const addLibraryActivityAction = formAction(
  { role: "staff", input: libraryActivityInput },
  async (ctx, input) =>
    map(await addLibraryActivity(ctx, input), () => {
      revalidatePath("/clinic/activities");
      return { status: "success" as const, message: `${input.name} added to your clinic's library.` };
    }),
);

export const removeLibraryActivityAction = formAction(
  { role: "staff", input: z.object({ id: z.uuid() }), invalid: "Reload the page and try again." },
  async (ctx, input) =>
    map(await removeLibraryActivity(ctx, input.id), () => {
      revalidatePath("/clinic/activities");
      return { status: "success" as const, message: "Removed from your clinic's library." };
    }),
);
