import { describe, expect, it } from "vitest";
import { SESSION_POLICY, sessionExpiry, sessionProblem, type SessionState } from "./session-policy";

const start = new Date("2026-03-01T08:00:00Z");
const fresh = (overrides: Partial<SessionState> = {}): SessionState => ({
  role: "clinician",
  createdAt: start,
  lastSeenAt: start,
  expiresAt: sessionExpiry("clinician", start),
  revokedAt: null,
  disabledAt: null,
  ...overrides,
});
const after = (ms: number) => new Date(start.getTime() + ms);

describe("sessionProblem", () => {
  it("accepts a fresh session", () => {
    expect(sessionProblem(fresh(), after(1000))).toBeNull();
  });

  it("refuses a revoked session and a disabled account at once", () => {
    expect(sessionProblem(fresh({ revokedAt: start }), after(1))).toBe("revoked");
    expect(sessionProblem(fresh({ disabledAt: start }), after(1))).toBe("disabled");
  });

  it("ends a clinician session after exactly 30 idle minutes, not before", () => {
    expect(sessionProblem(fresh(), after(SESSION_POLICY.clinician.idleMs))).toBeNull();
    expect(sessionProblem(fresh(), after(SESSION_POLICY.clinician.idleMs + 1))).toBe("idle");
  });

  it("lets a patient stay idle for days", () => {
    const patient = fresh({ role: "patient", expiresAt: sessionExpiry("patient", start) });
    expect(sessionProblem(patient, after(3 * 24 * 60 * 60_000))).toBeNull();
  });

  it("ends any session at its absolute expiry even while active", () => {
    const s = fresh();
    const end = s.expiresAt.getTime() - start.getTime();
    expect(sessionProblem({ ...s, lastSeenAt: after(end - 1) }, after(end))).toBe("expired");
  });
});
