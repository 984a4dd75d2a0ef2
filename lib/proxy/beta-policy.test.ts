import { describe, expect, it } from "vitest";
import { checkBetas, checkTools } from "./beta-policy";

describe("checkBetas", () => {
  it("lets supported betas through", () => {
    expect(checkBetas(new Headers({ "anthropic-beta": "context-1m-2025-08-07" }))).toBeUndefined();
    expect(checkBetas(new Headers())).toBeUndefined();
  });

  it("refuses the code execution beta, alone, in a list or repeated", () => {
    const repeated = new Headers();
    repeated.append("anthropic-beta", "context-1m-2025-08-07");
    repeated.append("anthropic-beta", "code-execution-2025-08-25");
    for (const headers of [
      new Headers({ "anthropic-beta": "code-execution-2025-08-25" }),
      new Headers({ "anthropic-beta": "context-1m-2025-08-07, code-execution-2025-08-25" }),
      repeated,
    ]) {
      const refusal = checkBetas(headers);
      expect(refusal?.status).toBe(400);
      expect(refusal?.type).toBe("invalid_request_error");
      expect(refusal?.message).toContain("ZenMux does not support");
      expect(refusal?.message).toContain("code-execution-2025-08-25");
    }
  });
});

describe("checkTools", () => {
  it("lets ordinary tools and bodies without tools through", () => {
    expect(
      checkTools({ tools: [{ name: "get_weather", input_schema: { type: "object" } }] }),
    ).toBeUndefined();
    expect(checkTools({ model: "x" })).toBeUndefined();
    expect(checkTools({ tools: "not an array" })).toBeUndefined();
  });

  it("refuses a code execution tool", () => {
    const refusal = checkTools({
      tools: [
        { name: "x", input_schema: {} },
        { type: "code_execution_20250825", name: "code_execution" },
      ],
    });
    expect(refusal?.status).toBe(400);
    expect(refusal?.message).toContain("ZenMux does not support");
    expect(refusal?.message).toContain("code execution tool");
  });
});
