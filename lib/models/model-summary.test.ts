import { describe, expect, it } from "vitest";
import { formatContext, formatPrice } from "@/lib/models/model-summary";

describe("model summary", () => {
  it("formats context lengths", () => {
    expect(formatContext(1_000_000)).toBe("1M ctx");
    expect(formatContext(200_000)).toBe("200K ctx");
    expect(formatContext(262_144)).toBe("262K ctx");
    expect(formatContext(1_048_576)).toBe("1M ctx");
    expect(formatContext(undefined)).toBeNull();
  });

  it("shows the first tier of prompt and completion prices", () => {
    const perM = (value: number) => ({ value, unit: "perMTokens", currency: "USD" });
    expect(
      formatPrice({
        id: "a/b",
        pricings: { prompt: [perM(3), perM(6)], completion: [perM(15)] },
      }),
    ).toBe("$3 / $15");
    expect(
      formatPrice({ id: "a/b", pricings: { prompt: [perM(1.25)], completion: [perM(10)] } }),
    ).toBe("$1.25 / $10");
    expect(formatPrice({ id: "a/b" })).toBeNull();
  });
});
