import { z } from "zod";

/** An activity's stable key within a plan (lib/domain slugify): lower-case letters, digits and hyphens. */
export const activityKeyField = z.string().regex(/^[a-z0-9-]{1,48}$/, "Unknown activity.");
