import { describe, expect, it } from "vitest";
import { unreachableUpstream, upstreamRedirect } from "./upstream-error";

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

  it("says the upstream was reached but closed without answering", () => {
    const error = new TypeError("fetch failed", {
      cause: { code: "UND_ERR_SOCKET", message: "other side closed" },
    });
    expect(unreachableUpstream(error, "https://zenmux.ai/api/anthropic")).toEqual({
      status: 502,
      type: "api_error",
      message:
        "The upstream zenmux.ai failed to answer: it closed the connection without a response (UND_ERR_SOCKET).",
    });
  });

  it("turns a response-headers timeout into a 504 timeout_error", () => {
    const error = new TypeError("fetch failed", { cause: { code: "UND_ERR_HEADERS_TIMEOUT" } });
    const result = unreachableUpstream(error, "https://zenmux.ai/api/anthropic");
    expect(result.status).toBe(504);
    expect(result.type).toBe("timeout_error");
    expect(result.message).toContain("sent no response headers in time");
  });
});

describe("upstreamRedirect", () => {
  it("is a 502 naming the status and the target host only", () => {
    const result = upstreamRedirect(
      302,
      "https://elsewhere.example/steal?token=abc",
      "https://zenmux.ai/api/anthropic",
    );
    expect(result.status).toBe(502);
    expect(result.type).toBe("api_error");
    expect(result.message).toContain("HTTP 302 to elsewhere.example");
    expect(result.message).not.toContain("token=abc");
    expect(result.message).toContain("ZENMUX_BASE_URL");
  });

  it("resolves a relative location against the base URL and copes with none", () => {
    expect(upstreamRedirect(307, "/other", "https://zenmux.ai/api/anthropic").message).toContain(
      "HTTP 307 to zenmux.ai)",
    );
    expect(upstreamRedirect(301, null, "https://zenmux.ai/api/anthropic").message).toContain(
      "(HTTP 301)",
    );
  });
});
