import { z } from "zod";

/** A ?page= query value: a whole number from 1; anything else is page 1. */
export const pageNumberSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
