import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "@/lib/run/recorder";

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("9", 0)).toBe(9);
    expect(parseRetryAfter(new Date(20_000).toUTCString(), 10_000)).toBe(10);
    expect(parseRetryAfter(null, 0)).toBeUndefined();
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
  });
});
