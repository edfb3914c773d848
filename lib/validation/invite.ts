import { z } from "zod";

/** Invite tokens are 32 random bytes in base64url: exactly 43 characters of that alphabet. */
export const inviteTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
