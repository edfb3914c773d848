import { z } from "zod";
import { emailField } from "./auth";
import { nameText } from "./text";

export const staffRoleField = z.enum(["clinician", "admin"], { error: "Choose clinician or admin." });

/** A new clinician or admin, as an admin invites them. */
export const inviteStaffInput = z.object({
  name: nameText("Enter their name.").min(1, "Enter their name.").max(120, "Use at most 120 characters."),
  email: emailField,
  role: staffRoleField,
});
export type InviteStaffInput = z.output<typeof inviteStaffInput>;

export const staffMemberInput = z.object({ userId: z.uuid("Reload the page and try again.") });
export const changeRoleInput = staffMemberInput.extend({ role: staffRoleField });
export const staffAccessInput = staffMemberInput.extend({ access: z.enum(["disable", "enable"]) });
export const staffInviteIdInput = z.object({ inviteId: z.uuid("Reload the page and try again.") });
