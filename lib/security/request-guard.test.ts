import { describe, expect, it } from "vitest";
import {
  ACTION_BODY_LIMIT_BYTES,
  nestingDepth,
  refuseActionBody,
  refuseActionOrigin,
  refuseActionSize,
  refusePath,
} from "./request-guard";

describe("refusePath", () => {
  it("refuses a percent sequence that is not UTF-8 and lets real paths through", () => {
    expect(refusePath("/patients/%ff")).toMatchObject({ status: 400 });
    expect(refusePath("/invite/%E0%A4%A")).toMatchObject({ status: 400 });
    expect(refusePath("/patients/%C3%A9")).toBeNull();
    expect(refusePath("/portal")).toBeNull();
  });
});

describe("refuseActionOrigin", () => {
  it("accepts the site's own origin or none, and refuses any other", () => {
    expect(refuseActionOrigin("http://127.0.0.1:3000", "127.0.0.1:3000")).toBeNull();
    expect(refuseActionOrigin(null, "127.0.0.1:3000")).toBeNull();
    expect(refuseActionOrigin("https://evil.example", "127.0.0.1:3000")).toMatchObject({ status: 403 });
    expect(refuseActionOrigin("null", "127.0.0.1:3000")).toMatchObject({ status: 403 });
  });
});

describe("refuseActionSize", () => {
  it("allows up to the limit", () => {
    expect(refuseActionSize(ACTION_BODY_LIMIT_BYTES)).toBeNull();
    expect(refuseActionSize(ACTION_BODY_LIMIT_BYTES + 1)).toMatchObject({ status: 413 });
  });
});

describe("refuseActionBody", () => {
  it("takes React's reply encoding and refuses what is not JSON or is nested absurdly deep", () => {
    expect(refuseActionBody('[{"status":"idle"},"$K1"]')).toBeNull();
    expect(refuseActionBody("{not json")).toMatchObject({ status: 400 });
    expect(refuseActionBody("[".repeat(100_000) + "]".repeat(100_000))).toMatchObject({ status: 400 });
  });

  it("checks the numbered JSON parts of a multipart body, never the form's own values", () => {
    const form = new FormData();
    form.set("0", '["$K1"]');
    form.set("1_note", "[not json, a patient's own words");
    expect(refuseActionBody(form)).toBeNull();
    form.set("2", "[".repeat(1000));
    expect(refuseActionBody(form)).toMatchObject({ status: 400 });
  });
});

describe("nestingDepth", () => {
  it("counts brackets outside strings only", () => {
    expect(nestingDepth('[{"a":[1]}]')).toBe(3);
    expect(nestingDepth('["[[[[", "\\"[["]')).toBe(1);
  });
});
