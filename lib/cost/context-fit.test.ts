import { describe, expect, it } from "vitest";
import { contextFit } from "@/lib/cost/context-fit";

describe("contextFit", () => {
  it("is quiet while the prompt and max_tokens fit comfortably", () => {
    expect(contextFit(1_000, 1_024, 200_000)).toEqual({ level: "ok", share: 0.005 });
  });

  it("warns before the window is full", () => {
    const fit = contextFit(150_000, 20_000, 200_000);
    expect(fit.level).toBe("near");
    expect(fit.level !== "ok" && fit.message).toContain("85%");
  });

  it("blocks when max_tokens no longer fits beside the prompt", () => {
    const fit = contextFit(190_000, 20_000, 200_000);
    expect(fit.level).toBe("over");
    expect(fit.level !== "ok" && fit.message).toContain("room for 10,000 output tokens");
  });

  it("blocks a prompt larger than the window", () => {
    const fit = contextFit(250_000, 1, 200_000);
    expect(fit).toMatchObject({ level: "over", share: 1.25 });
  });
});
