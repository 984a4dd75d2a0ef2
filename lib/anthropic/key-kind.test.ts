import { describe, expect, it } from "vitest";
import { describeKeyKind, keyKindOf, rateLimitHint } from "./key-kind";

describe("keyKindOf", () => {
  it("recognises ZenMux's two key kinds by prefix, and nothing else", () => {
    expect(keyKindOf("sk-ai-v1-abc")).toBe("pay-as-you-go");
    expect(keyKindOf("  sk-ss-v1-abc\n")).toBe("subscription");
    expect(keyKindOf("sk-ant-api03-abc")).toBe("unknown");
    expect(keyKindOf("")).toBe("unknown");
  });

  it("explains a subscription key's 429 and warns of an unknown shape without echoing the key", () => {
    expect(rateLimitHint("subscription")).toMatch(/10–15 requests a minute/);
    expect(rateLimitHint("pay-as-you-go")).toBeUndefined();
    expect(describeKeyKind("unknown")).toMatch(/does not look like a ZenMux key/);
  });
});
