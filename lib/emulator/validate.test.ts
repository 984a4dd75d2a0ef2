import { describe, expect, it } from "vitest";
import { call } from "./test-support";

const MODEL = "anthropic/claude-sonnet-4.5";
const ok = { model: MODEL, max_tokens: 100, messages: [{ role: "user", content: "Hello" }] };
const weatherTool = {
  name: "get_weather",
  description: "Get the weather",
  input_schema: {
    type: "object",
    properties: { location: { type: "string" } },
    required: ["location"],
  },
};
const toolTurns = [
  { role: "user", content: "Weather in Paris?" },
  {
    role: "assistant",
    content: [
      { type: "tool_use", id: "toolu_1", name: "get_weather", input: { location: "Paris" } },
    ],
  },
];

async function expectInvalid(body: unknown, fieldPattern: RegExp) {
  const response = await call("messages", body);
  const json = (await response.json()) as {
    type: string;
    error: { type: string; message: string };
  };
  expect(response.status).toBe(400);
  expect(response.headers.get("x-zenmux-emulator")).toBe("1");
  expect(json.type).toBe("error");
  expect(json.error.type).toBe("invalid_request_error");
  expect(json.error.message).toMatch(fieldPattern);
}

describe("emulator validation", () => {
  it("accepts a minimal valid request", async () => {
    expect((await call("messages", ok)).status).toBe(200);
  });

  const cases: [string, unknown, RegExp][] = [
    ["missing model", { max_tokens: 10, messages: ok.messages }, /^model: Field required$/],
    ["non-string model", { ...ok, model: 42 }, /^model: Input should be a valid string$/],
    ["missing max_tokens", { model: MODEL, messages: ok.messages }, /^max_tokens: Field required$/],
    [
      "zero max_tokens",
      { ...ok, max_tokens: 0 },
      /^max_tokens: Input should be greater than or equal to 1$/,
    ],
    [
      "fractional max_tokens",
      { ...ok, max_tokens: 1.5 },
      /^max_tokens: Input should be a valid integer$/,
    ],
    [
      "string max_tokens",
      { ...ok, max_tokens: "10" },
      /^max_tokens: Input should be a valid number$/,
    ],
    ["missing messages", { model: MODEL, max_tokens: 10 }, /^messages: Field required$/],
    ["empty messages", { ...ok, messages: [] }, /^messages: at least one message is required$/],
    [
      "messages not an array",
      { ...ok, messages: "hi" },
      /^messages: Input should be a valid list$/,
    ],
    [
      "system role",
      { ...ok, messages: [{ role: "system", content: "x" }] },
      /^messages\.0\.role: Input should be 'user' or 'assistant'$/,
    ],
    [
      "empty string content",
      { ...ok, messages: [{ role: "user", content: "" }] },
      /^messages\.0\.content: .*non-empty/,
    ],
    [
      "empty block array",
      { ...ok, messages: [{ role: "user", content: [] }] },
      /^messages\.0\.content: .*non-empty/,
    ],
    [
      "empty text block",
      { ...ok, messages: [{ role: "user", content: [{ type: "text", text: "" }] }] },
      /^messages\.0\.content\.0\.text: text content blocks must be non-empty$/,
    ],
    [
      "unknown block type",
      { ...ok, messages: [{ role: "user", content: [{ type: "video", url: "x" }] }] },
      /^messages\.0\.content\.0\.type: Input tag 'video' found using 'type' does not match any of the expected tags/,
    ],
    [
      "content of the wrong type",
      { ...ok, messages: [{ role: "user", content: 7 }] },
      /^messages\.0\.content: Input should be a valid string or a valid list/,
    ],
    [
      "temperature above 1",
      { ...ok, temperature: 1.5 },
      /^temperature: Input should be less than or equal to 1$/,
    ],
    [
      "temperature below 0",
      { ...ok, temperature: -0.1 },
      /^temperature: Input should be greater than or equal to 0$/,
    ],
    ["top_p above 1", { ...ok, top_p: 2 }, /^top_p: Input should be less than or equal to 1$/],
    ["negative top_k", { ...ok, top_k: -1 }, /^top_k: Input should be greater than or equal to 0$/],
    ["fractional top_k", { ...ok, top_k: 1.5 }, /^top_k: Input should be a valid integer$/],
    [
      "stop_sequences not strings",
      { ...ok, stop_sequences: [1] },
      /^stop_sequences\.0: Input should be a valid string$/,
    ],
    [
      "stop_sequences not a list",
      { ...ok, stop_sequences: "END" },
      /^stop_sequences: Input should be a valid list$/,
    ],
    [
      "thinking budget below 1024",
      { ...ok, max_tokens: 4000, thinking: { type: "enabled", budget_tokens: 500 } },
      /^thinking\.budget_tokens: Input should be greater than or equal to 1024$/,
    ],
    [
      "thinking budget not below max_tokens",
      { ...ok, max_tokens: 2000, thinking: { type: "enabled", budget_tokens: 2000 } },
      /^max_tokens: must be greater than thinking\.budget_tokens/,
    ],
    [
      "thinking with a changed temperature",
      {
        ...ok,
        max_tokens: 4000,
        temperature: 0.5,
        thinking: { type: "enabled", budget_tokens: 1024 },
      },
      /^temperature: .*thinking/,
    ],
    [
      "thinking with top_k",
      { ...ok, max_tokens: 4000, top_k: 5, thinking: { type: "enabled", budget_tokens: 1024 } },
      /^top_k: .*thinking/,
    ],
    [
      "thinking with a prefill",
      {
        ...ok,
        max_tokens: 4000,
        thinking: { type: "enabled", budget_tokens: 1024 },
        messages: [...ok.messages, { role: "assistant", content: "Sure" }],
      },
      /^messages: .*prefill.*thinking/,
    ],
    [
      "thinking with a forced tool",
      {
        ...ok,
        max_tokens: 4000,
        thinking: { type: "enabled", budget_tokens: 1024 },
        tools: [weatherTool],
        tool_choice: { type: "any" },
      },
      /^tool_choice: .*[Tt]hinking/,
    ],
    [
      "tool_choice naming an undefined tool",
      { ...ok, tools: [weatherTool], tool_choice: { type: "tool", name: "nope" } },
      /^tool_choice\.name: Tool 'nope' not found/,
    ],
    [
      "tool without name",
      { ...ok, tools: [{ input_schema: { type: "object" } }] },
      /^tools\.0\.name: Field required$/,
    ],
    [
      "tool without input_schema",
      { ...ok, tools: [{ name: "x" }] },
      /^tools\.0\.input_schema: Field required$/,
    ],
    [
      "tool_result with no matching tool_use",
      {
        ...ok,
        tools: [weatherTool],
        messages: [
          ...toolTurns,
          {
            role: "user",
            content: [{ type: "tool_result", tool_use_id: "toolu_X", content: "1" }],
          },
        ],
      },
      /^messages\.2\.content\.0: unexpected `tool_use_id` .*toolu_X/,
    ],
    [
      "image with an unsupported media type",
      {
        ...ok,
        messages: [
          {
            role: "user",
            content: [
              { type: "image", source: { type: "base64", media_type: "image/bmp", data: "AAAA" } },
            ],
          },
        ],
      },
      /^messages\.0\.content\.0\.source\.media_type: Input should be 'image\/jpeg', 'image\/png', 'image\/gif' or 'image\/webp'$/,
    ],
    [
      "prefill ending in whitespace",
      { ...ok, messages: [...ok.messages, { role: "assistant", content: "Sure " }] },
      /^messages: final assistant content cannot end with trailing whitespace$/,
    ],
    ["body that is not an object", [1, 2], /request body must be a JSON object/],
  ];

  for (const [name, body, pattern] of cases) {
    it(`rejects ${name}`, async () => {
      await expectInvalid(body, pattern);
    });
  }

  it("accepts thinking blocks sent back in assistant turns, and an assistant first turn", async () => {
    const response = await call("messages", {
      ...ok,
      max_tokens: 4000,
      thinking: { type: "enabled", budget_tokens: 1024 },
      messages: [
        { role: "assistant", content: "Hello, how can I help?" },
        { role: "user", content: "Hi" },
        {
          role: "assistant",
          content: [
            { type: "thinking", thinking: "hmm", signature: "sig" },
            { type: "text", text: "Hello" },
          ],
        },
        { role: "user", content: "Again" },
      ],
    });
    expect(response.status).toBe(200);
  });

  it("answers invalid JSON with a 400 in Anthropic's shape", async () => {
    const response = await call("messages", undefined, { raw: "{not json" });
    expect(response.status).toBe(400);
    const json = (await response.json()) as {
      type: string;
      error: { type: string; message: string };
    };
    expect(json).toMatchObject({ type: "error", error: { type: "invalid_request_error" } });
    expect(json.error.message).toMatch(/JSON/);
  });

  it("answers a body over 32 MB with 413 request_too_large", async () => {
    const response = await call("messages", undefined, {
      raw: `{"pad":"${"x".repeat(32 * 1024 * 1024)}"}`,
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { type: string } }).error.type).toBe(
      "request_too_large",
    );
  });

  it("answers an unknown model with 404 not_found_error naming it", async () => {
    const response = await call("messages", { ...ok, model: "acme/xyz" });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      type: "error",
      error: { type: "not_found_error", message: "model: acme/xyz not found" },
    });
  });

  it("requires anthropic-version 2023-06-01 and names ZenMux's only version", async () => {
    for (const headers of [{ "anthropic-version": "2026-10-21" }, { "anthropic-version": "" }]) {
      const response = await call("messages", ok, { headers });
      expect(response.status).toBe(400);
      const json = (await response.json()) as { error: { type: string; message: string } };
      expect(json.error.type).toBe("invalid_request_error");
      expect(json.error.message).toMatch(/ZenMux supports only anthropic-version 2023-06-01/);
    }
  });

  it("rejects the code execution beta", async () => {
    const response = await call("messages", ok, {
      headers: { "anthropic-beta": "context-1m-2025-08-07, code-execution-2025-08-25" },
    });
    expect(response.status).toBe(400);
    const json = (await response.json()) as { error: { type: string; message: string } };
    expect(json.error.message).toMatch(/code-execution-2025-08-25/);
  });

  it("accepts a supported beta", async () => {
    const response = await call("messages", ok, {
      headers: { "anthropic-beta": "context-1m-2025-08-07" },
    });
    expect(response.status).toBe(200);
  });

  it("validates count_tokens like messages, without requiring max_tokens", async () => {
    const good = await call("count_tokens", { model: MODEL, messages: ok.messages });
    expect(good.status).toBe(200);
    const bad = await call("count_tokens", {
      model: MODEL,
      messages: [{ role: "robot", content: "x" }],
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(
      /^messages\.0\.role:/,
    );
    const unknown = await call("count_tokens", { model: "nope/nope", messages: ok.messages });
    expect(unknown.status).toBe(404);
  });
});
