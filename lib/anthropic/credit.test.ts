import { describe, expect, it } from "vitest";
import { isCreditError, TOP_UP_URL } from "./credit";

describe("isCreditError", () => {
  it("knows a 402 and ZenMux's and Anthropic's credit types", () => {
    expect(isCreditError({ status: 402, type: "whatever" })).toBe(true);
    for (const type of [
      "insufficient_credit",
      "reject_no_credit",
      "quote_exceeded",
      "billing_error",
    ])
      expect(isCreditError({ type })).toBe(true);
  });

  it("leaves other errors to Retry", () => {
    expect(isCreditError({ status: 429, type: "rate_limit_error" })).toBe(false);
    expect(isCreditError({ status: 404, type: "not_found_error" })).toBe(false);
  });

  it("sends to ZenMux's own site over https", () => {
    expect(new URL(TOP_UP_URL).origin).toBe("https://zenmux.ai");
  });
});
