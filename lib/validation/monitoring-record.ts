import { z } from "zod";

/** The clinic's remote-monitoring record setting. */
export const monitoringSettingInput = z.object({ monitoringRecord: z.enum(["on", "off"]) });

/** A calendar month "YYYY-MM" for the monthly monitoring list (2000-2099). */
export const monthField = z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])$/, "Choose a month.");
