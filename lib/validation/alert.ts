import { z } from "zod";
import { DATA_ALERT_RULES } from "@/lib/domain/alerts";
import { plainText } from "./text";

/** A clinician's acknowledgement of an open alert: only the rule and an optional note come from the form. */
export const alertAckInput = z.object({
  rule: z.enum(DATA_ALERT_RULES),
  note: plainText()
    .max(300)
    .transform((v) => (v === "" ? null : v)),
});

/** "Mark reviewed": one optional note for every open alert the server works out. */
export const reviewInput = z.object({
  note: plainText()
    .max(300)
    .transform((v) => (v === "" ? null : v)),
});
