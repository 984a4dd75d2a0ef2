import { describe, expect, it } from "vitest";
import { unreachableUpstream } from "./upstream-error";

describe("unreachableUpstream", () => {
  it("is a 502 api_error naming the host and the reason", () => {
    const error = new TypeError("fetch failed", {
      cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" }),
    });
    const refusal = unreachableUpstream(error, "https://zenmux.ai/api/anthropic");
    expect(refusal).toEqual({
      status: 502,
      type: "api_error",
      message: "Could not reach the upstream zenmux.ai: connection refused (ECONNREFUSED).",
    });
  });

  it("names DNS failures", () => {
    const error = new TypeError("fetch failed", { cause: { code: "ENOTFOUND" } });
    expect(unreachableUpstream(error, "https://nowhere.invalid").message).toContain(
      "nowhere.invalid: host not found",
    );
  });

  it("never includes credentials or the path of the base URL", () => {
    const refusal = unreachableUpstream(
      new Error("x"),
      "https://user:s3cret@zenmux.ai:8443/api/anthropic",
    );
    expect(refusal.message).toBe("Could not reach the upstream zenmux.ai:8443: network error.");
    expect(refusal.message).not.toContain("s3cret");
    expect(refusal.message).not.toContain("/api/anthropic");
  });
});
