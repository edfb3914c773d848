"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/define-action";
import { staffInviteUrl } from "@/lib/auth/invite-url";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { map } from "@/lib/result/result";
import {
  changeStaffRole,
  resetStaffTwoFactor,
  setStaffAccess,
  withdrawStaffInvite,
} from "@/lib/staff/change-staff";
import { inviteStaff } from "@/lib/staff/invite-staff";
import type { InviteFormState } from "@/lib/validation/patient";
import {
  changeRoleInput,
  inviteStaffInput,
  staffAccessInput,
  staffInviteIdInput,
  staffMemberInput,
} from "@/lib/validation/staff";

const inviteFields = ["name", "email", "role"] as const;

const invite = formAction(
  { role: "admin", input: inviteStaffInput, read: (formData) => formValues(formData, inviteFields) },
  async (ctx, input) =>
    map(await inviteStaff(ctx, input), ({ token, expiresAt }): InviteFormState => {
      revalidatePath("/clinic/staff");
      return {
        status: "success",
        message: `Invitation for ${input.name} created. Send them this link.`,
        inviteUrl: staffInviteUrl(token),
        inviteExpiresAt: expiresAt.toISOString(),
      };
    }),
);

/** Admins only: invites a clinician or admin by a one-time link (shown once). */
export async function inviteStaffAction(previous: FormState, formData: FormData): Promise<InviteFormState> {
  const state = await invite(previous, formData);
  return state.status === "error" ? { ...state, values: formValues(formData, inviteFields) } : state;
}

const done = (message: string) => () => {
  revalidatePath("/clinic/staff");
  return { status: "success" as const, message };
};

export const changeStaffRoleAction = formAction(
  { role: "admin", input: changeRoleInput },
  async (ctx, input) => map(await changeStaffRole(ctx, input), done("Role changed.")),
);

export const setStaffAccessAction = formAction(
  { role: "admin", input: staffAccessInput },
  async (ctx, input) =>
    map(
      await setStaffAccess(ctx, input),
      done(
        input.access === "disable" ? "Account disabled; its sessions have ended." : "Account enabled again.",
      ),
    ),
);

export const resetStaffTwoFactorAction = formAction(
  { role: "admin", input: staffMemberInput },
  async (ctx, input) =>
    map(
      await resetStaffTwoFactor(ctx, input),
      done("Two-step sign-in reset. They set it up again at their next sign-in."),
    ),
);

export const withdrawStaffInviteAction = formAction(
  { role: "admin", input: staffInviteIdInput },
  async (ctx, input) => map(await withdrawStaffInvite(ctx, input), done("Invitation withdrawn.")),
);
