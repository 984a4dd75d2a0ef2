import { describe, expect, it } from "vitest";
import { refusal, refusalResponse } from "./refusal";

describe("refusalResponse", () => {
  it("answers in Anthropic's error shape with the given status and extra headers", async () => {
    const response = refusalResponse(refusal(413, "request_too_large", "too big"), {
      "x-playground-key-source": "demo",
    });
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("x-playground-key-source")).toBe("demo");
    expect(await response.json()).toEqual({
      type: "error",
      error: { type: "request_too_large", message: "too big" },
    });
  });
});
