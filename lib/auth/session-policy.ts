/**
 * How long a sign-in lasts. Clinicians see many patients' records on shared clinic machines, so their sessions
 * end after 30 idle minutes; patients use their own phone and would otherwise have to sign in each day.
 */
export const SESSION_POLICY = {
  clinician: { idleMs: 30 * 60_000, absoluteMs: 12 * 60 * 60_000 },
  admin: { idleMs: 30 * 60_000, absoluteMs: 12 * 60 * 60_000 },
  patient: { idleMs: 14 * 24 * 60 * 60_000, absoluteMs: 30 * 24 * 60 * 60_000 },
} as const;

export type Role = keyof typeof SESSION_POLICY;

/** Writing last-seen on every request would turn each page view into a write; once a minute is enough. */
export const TOUCH_INTERVAL_MS = 60_000;

export type SessionState = {
  role: Role;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  disabledAt: Date | null;
};

export function sessionExpiry(role: Role, createdAt: Date): Date {
  return new Date(createdAt.getTime() + SESSION_POLICY[role].absoluteMs);
}

/** Why a session no longer grants access, or null while it does. */
export function sessionProblem(
  s: SessionState,
  now: Date,
): "revoked" | "disabled" | "expired" | "idle" | null {
  if (s.revokedAt) return "revoked";
  if (s.disabledAt) return "disabled";
  if (now >= s.expiresAt) return "expired";
  if (now.getTime() - s.lastSeenAt.getTime() > SESSION_POLICY[s.role].idleMs) return "idle";
  return null;
}
