import "server-only";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import type { z } from "zod";
import type { Actor, PatientActor, StaffActor } from "@/db/actor";
import { getDb } from "@/db/client";
import { noteOwnWrite } from "@/lib/auth/own-writes";
import { requestMeta } from "@/lib/auth/request-meta";
import {
  requireAdmin,
  requirePatient,
  requireSignedIn,
  requireStaff,
  requireStaffAccount,
} from "@/lib/auth/session";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { limitWrites } from "@/lib/limits/write-limit";
import { fieldsOf, notFound, type AppError, type Result } from "@/lib/result/result";
import { toFormState } from "@/lib/result/to-form-state";
import { patientIdSchema } from "@/lib/validation/patient";
import type { ChangeContext } from "./context";

/**
 * Who may call an action. Each maps to the lib/auth/session guard the pages use, so an action refuses exactly
 * as its page does (sign-in redirect, "not found" for the other face, two-step set-up first). "signed-in" is
 * anyone with a session (their own account's settings); "anonymous" is for the sign-in and invite forms,
 * which run before there is a session: their change has no actor, and they are throttled by their own rules
 * (lib/auth/sign-in-throttle.ts), not the write limit.
 */
export type Role = "staff" | "admin" | "staff-account" | "patient" | "signed-in" | "anonymous";
type ActorOf<R extends Role> = R extends "patient"
  ? PatientActor
  : R extends "signed-in"
    ? Actor
    : R extends "anonymous"
      ? null
      : StaffActor;

const guards = {
  staff: requireStaff,
  admin: requireAdmin,
  "staff-account": requireStaffAccount,
  patient: requirePatient,
  "signed-in": requireSignedIn,
  anonymous: async () => null,
} satisfies Record<Role, () => Promise<Actor | null>>;

type Spec<R extends Role, S extends z.ZodType, Args extends unknown[]> = {
  role: R;
  /** The input's schema; whatever arrives is parsed with it on the server before anything is read. */
  input: S;
  /** Picks the raw input out of the action's arguments (a FormData, a bound id, a posted object). */
  read: (...args: Args) => unknown;
  /** The message for input that fails the schema, when the adapter's default is not the right one. */
  invalid?: string | ((fields: Record<string, string>) => string);
  /**
   * Writes count against the per-account and per-address limit (lib/limits/write-limit.ts); reads opt out.
   * Anonymous actions never count (there is no account yet).
   */
  limited?: boolean;
};

/**
 * What an action's change is given: `{ db, actor, meta }`, and the patient's id for clinic patient actions;
 * an anonymous action's change gets `{ db, meta }`.
 */
export type ActionContext<R extends Role> = R extends "anonymous"
  ? Omit<ChangeContext, "actor">
  : ChangeContext<Exclude<ActorOf<R>, null>>;

/**
 * The one preamble of every server action: the session and role, the zod parse, the write limit, then the
 * change with `{ db, actor, meta }`. It answers a Result that the adapters below turn into what the page's
 * component shows. Authorization on the record itself stays in the change and the queries it calls.
 */
export function defineAction<R extends Role, S extends z.ZodType, Args extends unknown[], T>(
  spec: Spec<R, S, Args>,
  run: (ctx: ActionContext<R>, input: z.output<S>) => Promise<Result<T>>,
): (...args: Args) => Promise<Result<T>> {
  return (...args) => preamble(spec, args, () => ({}), run);
}

async function preamble<R extends Role, S extends z.ZodType, Args extends unknown[], E, T>(
  spec: Spec<R, S, Args>,
  args: Args,
  /** More context checked right after the role (the bound patient id), or an error. */
  extra: () => E | Result<never>,
  run: (ctx: ActionContext<R> & E, input: z.output<S>) => Promise<Result<T>>,
): Promise<Result<T>> {
  const actor = (await guards[spec.role]()) as ActorOf<R>;
  const more = extra();
  if (isError(more)) return more;
  const parsed = spec.input.safeParse(spec.read(...args));
  if (!parsed.success) {
    const fields = fieldsOf(parsed.error);
    const message = typeof spec.invalid === "function" ? spec.invalid(fields) : spec.invalid;
    return { ok: false, error: { code: "invalid", fields, message } };
  }
  const ctx = { db: await getDb(), meta: await requestMeta(), ...(actor && { actor }), ...(more as E) };
  if (spec.limited === false || actor === null) return run(ctx as ActionContext<R> & E, parsed.data);
  const allowed = await limitWrites(ctx.db, actor, ctx.meta);
  if (!allowed.ok) return allowed;
  // A clinician's own save must be visible on their next read even where reads go to a replica
  // (lib/auth/own-writes.ts). A change that ends in a redirect has succeeded too.
  const noteWrite = () => (spec.role === "patient" ? undefined : noteOwnWrite(actor));
  try {
    const result = await run(ctx as ActionContext<R> & E, parsed.data);
    if (result.ok) await noteWrite();
    return result;
  } catch (error) {
    if (isRedirectError(error)) await noteWrite();
    throw error;
  }
}

const isError = (value: unknown): value is { ok: false; error: AppError } =>
  typeof value === "object" && value !== null && "ok" in value && value.ok === false;

/** A Result as form state: the success value is the state to show, an error goes through toFormState. */
export const asFormState = <T extends FormState>(result: Result<T>): T | FormState =>
  result.ok ? result.value : toFormState(result.error);

const entries = (formData: FormData) => Object.fromEntries(formData);

type FormSpec<R extends Role, S extends z.ZodType> = Omit<Spec<R, S, [FormData]>, "read"> & {
  /** The raw input from the form; by default every field as text. */
  read?: (formData: FormData) => unknown;
  /** Fields sent back with a refusal so the form comes back filled in (never passwords). */
  keep?: readonly string[];
};

/** A form action `(previous, formData) => state`, as useActionState calls it. */
export function formAction<R extends Role, S extends z.ZodType, T extends FormState>(
  spec: FormSpec<R, S>,
  run: (ctx: ActionContext<R>, input: z.output<S>) => Promise<Result<T>>,
): (previous: FormState, formData: FormData) => Promise<T | FormState> {
  const action = defineAction({ ...spec, read: spec.read ?? entries }, run);
  return async (_previous, formData) => {
    const result = await action(formData);
    return result.ok || !spec.keep
      ? asFormState(result)
      : { ...toFormState(result.error), values: formValues(formData, spec.keep) };
  };
}

/**
 * A clinic form action about one patient, bound to the patient's id by the page: `(patientId, previous,
 * formData)`. A malformed id answers "not found", as an id of another clinic does in the queries.
 */
export function patientFormAction<S extends z.ZodType, T extends FormState>(
  spec: Omit<FormSpec<"staff", S>, "role">,
  run: (ctx: ActionContext<"staff"> & { patientId: string }, input: z.output<S>) => Promise<Result<T>>,
): (patientId: string, previous: FormState, formData?: FormData) => Promise<T | FormState> {
  const action = patientAction({ ...spec, read: spec.read ?? entries }, run);
  return async (patientId, _previous, formData = new FormData()) =>
    asFormState(await action(patientId, formData));
}

/** The core of patientFormAction, for actions that answer something other than form state (the plan editor). */
export function patientAction<S extends z.ZodType, Args extends unknown[], T>(
  spec: Omit<Spec<"staff", S, Args>, "role">,
  run: (ctx: ActionContext<"staff"> & { patientId: string }, input: z.output<S>) => Promise<Result<T>>,
): (patientId: string, ...args: Args) => Promise<Result<T>> {
  return (patientId, ...args) =>
    preamble(
      { ...spec, role: "staff" },
      args,
      () => {
        const id = patientIdSchema.safeParse(patientId);
        return id.success ? { patientId: id.data } : notFound();
      },
      run,
    );
}

/**
 * An action a plain `<form action>` or button calls with no state to show: the change's answer is dropped
 * (the page revalidates or redirects in `run`, or in `after`, which runs whatever the change answered);
 * refusals of the session still redirect as the guards do.
 */
export function voidAction<R extends Role, S extends z.ZodType, Args extends unknown[], T>(
  spec: Spec<R, S, Args>,
  run: (ctx: ActionContext<R>, input: z.output<S>) => Promise<Result<T>>,
  after?: () => void,
): (...args: Args) => Promise<void> {
  const action = defineAction(spec, run);
  return async (...args) => {
    await action(...args);
    after?.();
  };
}
