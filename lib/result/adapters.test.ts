import { describe, expect, it } from "vitest";
import { toPlanSaveResult } from "@/lib/plans/plan-save-result";
import { z } from "zod";
import { conflict, fail, fieldsOf, invalid, notFound, ok, parseWith, type AppError } from "./result";
import { FORM_MESSAGES, toFormState } from "./to-form-state";
import { toHttp } from "./to-http";

const errorOf = (result: { ok: false; error: AppError }) => result.error;

describe("toFormState", () => {
  it("words each code once, unless the change gave its own words", () => {
    expect(toFormState(errorOf(notFound()))).toEqual({
      status: "error",
      message: "This patient was not found in your clinic.",
    });
    expect(toFormState(errorOf(notFound("Your record could not be found.")))).toEqual({
      status: "error",
      message: "Your record could not be found.",
    });
    expect(toFormState({ code: "forbidden" })).toEqual({ status: "error", message: FORM_MESSAGES.forbidden });
    expect(toFormState(errorOf(conflict("This goal changed.")))).toEqual({
      status: "error",
      message: "This goal changed.",
    });
  });

  it("puts field messages beside their fields", () => {
    expect(toFormState(errorOf(invalid({ targetDate: "Choose a date." })))).toEqual({
      status: "error",
      message: "Please correct the highlighted fields.",
      fieldErrors: { targetDate: "Choose a date." },
    });
  });

  it("says when to try again after too many changes", () => {
    expect(toFormState({ code: "rate_limited", retryAfterSeconds: 12 })).toEqual({
      status: "error",
      message: "Too many changes, try again in a minute.",
    });
  });
});

describe("toHttp", () => {
  it("answers each code with its status and no-store", () => {
    const codes: [AppError, number][] = [
      [{ code: "not_found" }, 404],
      [{ code: "conflict" }, 409],
      [{ code: "invalid", fields: {} }, 422],
      [{ code: "forbidden" }, 403],
      [{ code: "rate_limited" }, 429],
    ];
    for (const [error, status] of codes) {
      const answer = toHttp(error);
      expect(answer.status).toBe(status);
      expect(answer.headers["Cache-Control"]).toBe("no-store");
      expect(typeof answer.body.error).toBe("string");
    }
  });

  it("carries field messages, a conflict's stored record and Retry-After", () => {
    expect(toHttp({ code: "invalid", fields: { painNow: "0 to 10." }, message: "0 to 10." }).body).toEqual({
      error: "0 to 10.",
      fields: { painNow: "0 to 10." },
    });
    expect(toHttp(errorOf(conflict("Changed on another device.", { entry: { version: 2 } }))).body).toEqual({
      error: "Changed on another device.",
      entry: { version: 2 },
    });
    expect(toHttp({ code: "rate_limited", retryAfterSeconds: 17 }).headers["Retry-After"]).toBe("17");
    expect(toHttp({ code: "rate_limited" }).headers["Retry-After"]).toBe("60");
  });
});

describe("toPlanSaveResult", () => {
  it("maps the Result to the plan editor's statuses", () => {
    expect(toPlanSaveResult(ok({ version: 2 }))).toEqual({ status: "saved" });
    expect(toPlanSaveResult(conflict())).toEqual({ status: "conflict" });
    expect(toPlanSaveResult(notFound())).toEqual({ status: "not_found" });
    expect(toPlanSaveResult(fail({ code: "rate_limited" }))).toEqual({ status: "rate_limited" });
    expect(toPlanSaveResult(invalid({ "activities.0.goal": "Use at most 600." }))).toEqual({
      status: "invalid",
      errors: { "activities.0.goal": "Use at most 600." },
    });
  });
});

describe("parseWith and fieldsOf", () => {
  const schema = z.object({
    pain: z.number().max(10, "0 to 10."),
    items: z.array(z.string()).min(1, "One."),
  });

  it("answers the parsed value or the first message per field path", () => {
    expect(parseWith(schema, { pain: 3, items: ["a"] })).toEqual({
      ok: true,
      value: { pain: 3, items: ["a"] },
    });
    expect(parseWith(schema, { pain: 11, items: [] })).toEqual({
      ok: false,
      error: { code: "invalid", fields: { pain: "0 to 10.", items: "One." } },
    });
    const nested = z.object({ a: z.array(z.object({ goal: z.number() })) }).safeParse({ a: [{ goal: "x" }] });
    expect(Object.keys(fieldsOf(nested.error!))).toEqual(["a.0.goal"]);
    expect(Object.keys(fieldsOf(z.string().safeParse(1).error!))).toEqual(["_form"]);
  });
});
