import { describe, expect, it } from "vitest";
import { signMarker, verifyMarker } from "./write-marker";

process.env.AUTH_SECRET ??= "write-marker-test-secret";

describe("read-your-writes marker", () => {
  it("gives back the WAL position for the session it was signed for", () => {
    expect(verifyMarker(signMarker("session-a", "16/B374D848"), "session-a")).toBe(0x16b374d848n);
  });

  it("refuses another session's marker, a changed position, and garbage", () => {
    const marker = signMarker("session-a", "0/3000060");
    expect(verifyMarker(marker, "session-b")).toBeNull();
    expect(verifyMarker(marker.replace("0/3000060", "0/3000061"), "session-a")).toBeNull();
    expect(verifyMarker("0/3000060", "session-a")).toBeNull();
    expect(verifyMarker("not a marker.x", "session-a")).toBeNull();
    expect(verifyMarker(undefined, "session-a")).toBeNull();
  });
});
