import { describe, expect, it } from "vitest";
import { runKey } from "./server-mode";

describe("runKey", () => {
  it("prefers the user's own key, then the server's, else the emulator answers", () => {
    expect(runKey("demo", true)).toBe("yours");
    expect(runKey("zenmux", true)).toBe("yours");
    expect(runKey("zenmux", false)).toBe("server");
    expect(runKey("demo", false)).toBe("none");
  });
});
