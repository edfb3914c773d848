import { describe, expect, it } from "vitest";
import { appOrigin } from "./invite-url";

describe("appOrigin", () => {
  it("is APP_URL when configured, without a trailing slash", () => {
    expect(appOrigin({ APP_URL: "https://gradus.example/" })).toBe("https://gradus.example");
  });

  it("is the local server's origin on the embedded default", () => {
    expect(appOrigin({ PORT: "4123" })).toBe("http://localhost:4123");
    expect(appOrigin({})).toBe("http://localhost:3000");
  });
});
