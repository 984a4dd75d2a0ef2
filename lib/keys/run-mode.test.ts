import { describe, expect, it } from "vitest";
import { runMode } from "./run-mode";

describe("runMode", () => {
  it("prefers the user's own key, then the server's, else the emulator answers", () => {
    expect(runMode(false, true)).toBe("own-key");
    expect(runMode(true, true)).toBe("own-key");
    expect(runMode(true, false)).toBe("server");
    expect(runMode(false, false)).toBe("demo");
  });
});
