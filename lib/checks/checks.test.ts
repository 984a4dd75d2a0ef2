import { describe, expect, it } from "vitest";
import { defaultRequest, type PlaygroundRequest } from "@/lib/anthropic/request";
import { checkRequest } from "./checks";
import { issuesAt } from "./request-issue";

function withBody(body: Record<string, unknown>, betas: string[] = []): PlaygroundRequest {
  const base = defaultRequest();
  // Tests feed shapes the SDK type would forbid, as raw JSON can.
  return { body: { ...base.body, ...body } as PlaygroundRequest["body"], betas };
}

function paths(request: PlaygroundRequest, severity?: "error" | "warning") {
  return checkRequest(request)
    .filter((i) => !severity || i.severity === severity)
    .map((i) => i.path);
}

describe("checkRequest", () => {
  it("passes the default request", () => {
    expect(checkRequest(defaultRequest())).toEqual([]);
  });

  it("needs a model and a whole max_tokens in range", () => {
    expect(paths(withBody({ model: " " }), "error")).toEqual(["model"]);
    expect(paths(withBody({ max_tokens: 0 }), "error")).toEqual(["max_tokens"]);
    expect(paths(withBody({ max_tokens: 128_001 }), "error")).toEqual(["max_tokens"]);
    expect(paths(withBody({ max_tokens: 1.5 }), "error")).toEqual(["max_tokens"]);
    expect(paths(withBody({ max_tokens: 128_000 }))).toEqual([]);
  });

  it("flags empty messages but allows an empty final prefill with a warning", () => {
    const request = withBody({
      messages: [
        { role: "user", content: "  " },
        { role: "assistant", content: [{ type: "text", text: "" }] },
        { role: "user", content: [{ type: "image", source: {} }] },
        { role: "assistant", content: "" },
      ],
    });
    const issues = checkRequest(request);
    expect(issues.filter((i) => i.severity === "error").map((i) => i.path)).toEqual([
      "messages.0.content",
      "messages.1.content",
    ]);
    expect(issuesAt(issues, "messages.3.content")[0]?.severity).toBe("warning");
    expect(paths(withBody({ messages: [] }), "error")).toEqual(["messages"]);
  });

  it("warns when the first message is not the user's and when roles repeat", () => {
    const request = withBody({
      messages: [
        { role: "assistant", content: "a" },
        { role: "user", content: "b" },
        { role: "user", content: "c" },
      ],
    });
    expect(paths(request, "warning")).toEqual(["messages.0.role", "messages.2.role"]);
    expect(paths(request, "error")).toEqual([]);
  });

  it("bounds temperature, top_p and top_k", () => {
    expect(paths(withBody({ temperature: 1.2, top_p: -0.1, top_k: 2.5 }), "error")).toEqual([
      "temperature",
      "top_p",
      "top_k",
    ]);
    expect(paths(withBody({ temperature: 0, top_p: 1, top_k: 0 }))).toEqual([]);
  });

  it("enforces the thinking rules", () => {
    const thinking = { type: "enabled", budget_tokens: 1024 };
    expect(paths(withBody({ thinking, max_tokens: 2048 }))).toEqual([]);
    expect(paths(withBody({ thinking: { type: "enabled", budget_tokens: 500 } }))).toEqual([
      "thinking.budget_tokens",
    ]);
    expect(paths(withBody({ thinking, max_tokens: 1024 }))).toEqual(["thinking.budget_tokens"]);
    expect(
      paths(
        withBody({
          thinking,
          max_tokens: 4000,
          temperature: 0.5,
          top_k: 5,
          tools: [{ name: "t", input_schema: { type: "object" } }],
          tool_choice: { type: "any" },
          messages: [
            { role: "user", content: "hi" },
            { role: "assistant", content: "Sure" },
          ],
        }),
      ),
    ).toEqual(["temperature", "top_k", "messages.1.role", "tool_choice"]);
    expect(paths(withBody({ thinking, max_tokens: 4000, temperature: 1 }))).toEqual([]);
  });

  it("checks tools, their schemas and tool_choice", () => {
    const request = withBody({
      tools: [
        { name: "ok", input_schema: { type: "object" } },
        { name: "bad name!", input_schema: { type: "object" } },
        { name: "arr", input_schema: { type: "array" } },
        { name: "ok", input_schema: { type: "object" } },
        { type: "web_search_20250305", name: "web_search" },
      ],
      tool_choice: { type: "tool", name: "missing" },
    });
    expect(paths(request, "error")).toEqual([
      "tools.1.name",
      "tools.2.input_schema",
      "tools.3.name",
      "tool_choice",
    ]);
    expect(paths(withBody({ tool_choice: { type: "any" } }), "error")).toEqual(["tool_choice"]);
  });

  it("refuses code execution as beta or tool, with ZenMux's reason", () => {
    const issues = checkRequest(
      withBody({ tools: [{ type: "code_execution_20250825", name: "code_execution" }] }, [
        "code-execution-2025-08-25",
        "context-1m-2025-08-07",
      ]),
    );
    expect(issues.map((i) => [i.path, i.severity])).toEqual([
      ["tools.0", "error"],
      ["betas", "error"],
    ]);
    expect(issues[1]?.message).toMatch(/ZenMux does not support the code execution beta/);
  });

  it("warns about metadata and service_tier", () => {
    expect(
      paths(withBody({ metadata: { user_id: "u" }, service_tier: "auto" }), "warning"),
    ).toEqual(["metadata", "service_tier"]);
  });

  it("matches tool_result ids to earlier tool_use blocks", () => {
    const toolUse = { type: "tool_use", id: "tu_1", name: "t", input: {} };
    const ok = withBody({
      messages: [
        { role: "user", content: "w" },
        { role: "assistant", content: [toolUse] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "tu_1", content: "x" }] },
      ],
    });
    expect(paths(ok)).toEqual([]);
    const bad = withBody({
      messages: [
        { role: "user", content: "w" },
        { role: "assistant", content: [toolUse] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "tu_9", content: "x" }] },
      ],
    });
    expect(paths(bad, "error")).toEqual(["messages.2.content"]);
  });
});

describe("checkRequest: ZenMux's model rules", () => {
  it("accepts aliases and :provider pins without a word", () => {
    expect(checkRequest(withBody({ model: "claude-sonnet-4-6", top_k: 5 }))).toEqual([]);
    expect(checkRequest(withBody({ model: "anthropic/claude-sonnet-4.6:vertex" }))).toEqual([]);
  });

  it("warns that an Anthropic-native id gets a 404, naming the ZenMux id", () => {
    const issues = checkRequest(withBody({ model: "claude-3-5-sonnet-20241022" }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: "model", severity: "warning" });
    expect(issues[0]?.message).toContain("anthropic/claude-3.5-sonnet");
  });

  it("warns at each field that conversion drops for a non-Anthropic model, pinned or not", () => {
    expect(paths(withBody({ model: "google/gemini-2.5-pro", top_k: 5 }), "warning")).toEqual([
      "top_k",
    ]);
    expect(
      paths(
        withBody({ model: "openai/gpt-5:azure", top_k: 5, stop_sequences: ["END"] }),
        "warning",
      ),
    ).toEqual(["stop_sequences", "top_k"]);
    // Unset or empty fields lose nothing.
    expect(checkRequest(withBody({ model: "openai/gpt-5", stop_sequences: [] }))).toEqual([]);
    expect(checkRequest(withBody({ model: "anthropic/claude-haiku-4.5", top_k: 5 }))).toEqual([]);
  });
});

describe("issuesAt", () => {
  it("finds exact and nested paths", () => {
    const issues = checkRequest(withBody({ model: "", thinking: { type: "enabled" } }));
    expect(issuesAt(issues, "thinking").length).toBe(0);
    expect(issuesAt(issues, "thinking", true).length).toBe(1);
  });
});
