/** What saving a plan answers the editor. */
export type PlanSaveResult =
  | { status: "saved" }
  | { status: "conflict" }
  | { status: "not_found" }
  | { status: "invalid"; errors: Record<string, string> };
