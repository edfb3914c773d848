import "server-only";
import { NextResponse } from "next/server";
import type { PatientActor } from "@/db/actor";
import { getDb } from "@/db/client";
import { requestMeta } from "@/lib/auth/request-meta";
import { limitWrites } from "@/lib/limits/write-limit";
import type { AppError, Result } from "@/lib/result/result";
import { toHttp } from "@/lib/result/to-http";
import type { PatientContext } from "./context";

/** A JSON answer that no cache keeps. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  NextResponse.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

/** An error as the route's answer, through the one HTTP adapter (lib/result/to-http.ts). */
export function httpError(error: AppError): NextResponse {
  const { status, body, headers } = toHttp(error);
  return json(status, body, headers);
}

/**
 * The route handlers' side of the action wrapper: the context for a patient's write, counted against the same
 * per-account and per-address limit as the server actions (429 once it is spent).
 */
export async function patientWrite(actor: PatientActor): Promise<Result<PatientContext>> {
  const ctx = { db: await getDb(), actor, meta: await requestMeta() };
  const allowed = await limitWrites(ctx.db, actor, ctx.meta);
  return allowed.ok ? { ok: true, value: ctx } : allowed;
}
