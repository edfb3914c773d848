// Types for processes.mjs (plain JavaScript so that `node scripts/test-postgres.mjs` runs without a build).
import type { ChildProcess } from "node:child_process";

export function freePort(): Promise<number>;
export function waitForPort(port: number, ms?: number): Promise<void>;
export function serviceFolder(prefix: string): string;
export function giveToService(file: string): void;
export const superuser: string;
export function startService(
  command: string,
  args: string[],
  options?: { log?: string; cwd?: string },
): ChildProcess;
export function stopService(child: ChildProcess | undefined, signal?: NodeJS.Signals): Promise<void>;
export function runService(command: string, args: string[]): string;
