import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/auth";

// The common-password and common-word lists: what attackers try first. Built once, on first use.
let estimator: ZxcvbnFactory | undefined;

/**
 * Refuses passwords found in common-password lists or easily guessed from the person's own details
 * (zxcvbn score below 3 of 4). Returns the message to show, or null when the password is acceptable.
 */
export function passwordWeakness(password: string, personalWords: string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  estimator ??= new ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });
  const { score } = estimator.check(password, personalWords);
  if (score >= 3) return null;
  return "This password is too common or too easy to guess. Try three or four unrelated words together.";
}
