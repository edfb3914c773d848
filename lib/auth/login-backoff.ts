/**
 * Sign-in throttling. A hard lockout after N failures lets anyone lock a clinician out by typing their email
 * a few times; instead, after a few free failures each further attempt must wait twice as long as the last
 * (2 s, 4 s, 8 s ... capped), which makes guessing hopeless (about 100 guesses a day at the cap) while the
 * real user is never kept out for long. Failures of either factor count; a completed sign-in clears them.
 */
export const LOGIN_LIMITS = {
  /** Failures for one email allowed before waiting starts. */
  freeFailures: 5,
  /** Longest wait between attempts for one email. */
  maxDelayMs: 15 * 60_000,
  /** Failures older than this are forgotten even without a successful sign-in. */
  lookbackMs: 24 * 60 * 60_000,
  /** Failures from one address in the window before that address is refused (password spraying). */
  perIp: 50,
  ipWindowMs: 15 * 60_000,
} as const;

/** How long after the latest failure the next attempt may be made, given the failures so far. */
export function backoffDelayMs(failures: number): number {
  if (failures < LOGIN_LIMITS.freeFailures) return 0;
  const doublings = failures - LOGIN_LIMITS.freeFailures + 1;
  // 2^doublings seconds; past 2^20 the cap has long been reached, so stop before the number grows silly.
  return Math.min(2 ** Math.min(doublings, 20) * 1000, LOGIN_LIMITS.maxDelayMs);
}

/** The moment the next attempt is allowed, or null when it is allowed now. */
export function nextAttemptAt(
  streak: { failures: number; lastFailureAt: Date | null },
  now: Date,
): Date | null {
  const delay = backoffDelayMs(streak.failures);
  if (delay === 0 || !streak.lastFailureAt) return null;
  const at = new Date(streak.lastFailureAt.getTime() + delay);
  return at > now ? at : null;
}
