import { z } from "zod";
import { DISCHARGE_REASONS } from "@/lib/domain/episodes";
import { plainText } from "./text";

/** Discharging a patient: why, and what the physio leaves them with (shown in their read-only portal). */
export const dischargeInput = z.object({
  reason: z.enum(DISCHARGE_REASONS, { error: "Choose why care is ending." }),
  maintenanceMessage: plainText()
    .min(1, "Write a short message for the patient to keep going on their own.")
    .max(2000, "Use at most 2000 characters."),
});
export type DischargeInput = z.output<typeof dischargeInput>;

/** Re-opening care for a discharged patient: nothing to enter; the plan is made next, from a new baseline. */
export const reopenInput = z.object({});
