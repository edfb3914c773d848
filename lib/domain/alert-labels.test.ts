import { describe, expect, it } from "vitest";
import { alertRuleLabel } from "./alert-labels";
import { ALERT_RULES, ALERT_THRESHOLDS } from "./alerts";

describe("alertRuleLabel", () => {
  it("words every rule without underscores", () => {
    for (const rule of ALERT_RULES) expect(alertRuleLabel(rule)).not.toMatch(/_/);
  });
  it("says what pain_critical means, with the threshold in force", () => {
    expect(alertRuleLabel("pain_critical")).toBe(`pain ${ALERT_THRESHOLDS.criticalPain} or more`);
  });
  it("turns an unknown rule into words", () => {
    expect(alertRuleLabel("new_rule")).toBe("new rule");
  });
});
