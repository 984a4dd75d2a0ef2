import { describe, expect, it } from "vitest";
import { call } from "./test-support";
import { countTokens, tokenize } from "./tokenizer";

const MODEL = "anthropic/claude-sonnet-4.5";

interface Message {
  id: string;
  type: string;
  role: string;
  model: string;
  content: (
    | { type: "text"; text: string }
    | { type: "thinking"; thinking: string; signature: string }
    | { type: "tool_use"; id: string; name: string; input: Record<string, unknown> }
  )[];
  stop_reason: string;
  stop_sequence: string | null;
  usage: {
    input_tokens: number;
    output_tokens: number;
    cache_creation_input_tokens: number;
    cache_read_input_tokens: number;
  };
}

async function create(body: Record<string, unknown>): Promise<Message> {
  const response = await call("messages", { model: MODEL, max_tokens: 1024, ...body });
  expect(response.status).toBe(200);
  return (await response.json()) as Message;
}

function textOf(message: Message): string {
  return message.content.flatMap((block) => (block.type === "text" ? [block.text] : [])).join("");
}

const ask = (content: unknown) => ({ messages: [{ role: "user", content }] });

describe("emulator messages", () => {
  it("answers in ZenMux's shape with the emulator's headers", async () => {
    const response = await call("messages", {
      model: MODEL,
      max_tokens: 1024,
      ...ask("Hello there"),
    });
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("x-zenmux-emulator")).toBe("1");
    expect(response.headers.get("x-zenmux-requestid")).toMatch(/^[0-9A-Za-z]{16,}$/);
    const message = (await response.json()) as Message;
    expect(message.id).not.toMatch(/^msg_/);
    expect(message.id.length).toBeGreaterThan(10);
    expect(message).toMatchObject({
      type: "message",
      role: "assistant",
      model: MODEL,
      stop_reason: "end_turn",
    });
    expect(message.stop_sequence).toBeNull();
    expect(Object.keys(message.usage).sort()).toEqual([
      "cache_creation",
      "cache_creation_input_tokens",
      "cache_read_input_tokens",
      "input_tokens",
      "output_tokens",
    ]);
    expect(message.usage.output_tokens).toBe(countTokens(textOf(message)));
  });

  it("echoes a provider-pinned model id", async () => {
    const message = await create({
      model: "anthropic/claude-3.7-sonnet:amazon-bedrock",
      ...ask("Hi"),
    });
    expect(message.model).toBe("anthropic/claude-3.7-sonnet:amazon-bedrock");
  });

  it("is deterministic: the same request gives a byte-identical body and request id", async () => {
    const body = { model: MODEL, max_tokens: 500, ...ask("Tell me about the moon") };
    const first = await call("messages", body);
    const second = await call("messages", body);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get("x-zenmux-requestid")).toBe(first.headers.get("x-zenmux-requestid"));
  });

  it("answers different requests differently", async () => {
    const a = await create(ask("Tell me about the moon"));
    const b = await create(ask("Tell me about the sea"));
    expect(a.id).not.toBe(b.id);
    expect(textOf(a)).not.toBe(textOf(b));
  });

  it("refers to the last user turn", async () => {
    const message = await create({
      messages: [
        { role: "user", content: "First question" },
        { role: "assistant", content: "First answer" },
        { role: "user", content: "What makes sourdough bread rise?" },
      ],
    });
    expect(textOf(message)).toContain("What makes sourdough bread rise?");
    expect(textOf(message)).not.toContain("First question");
  });

  it("gives a fenced code block when asked for code", async () => {
    const message = await create(ask("Write a Python function that merges two sorted lists"));
    expect(textOf(message)).toMatch(/```python\n[\s\S]+\n```/);
  });

  it("gives a list when asked for a list, with the number asked for", async () => {
    const message = await create(ask("List 4 tips for better sleep"));
    const items = textOf(message).match(/^(?:\d+\.|-) /gm) ?? [];
    expect(items).toHaveLength(4);
  });

  it("truncates at max_tokens with stop_reason max_tokens", async () => {
    const full = await create(ask("Explain how tides work"));
    const cut = await create({ ...ask("Explain how tides work"), max_tokens: 7 });
    expect(cut.stop_reason).toBe("max_tokens");
    expect(cut.usage.output_tokens).toBe(7);
    expect(tokenize(textOf(cut))).toHaveLength(7);
    // The truncated text is the start of the full answer the model would have given.
    expect(textOf(full).startsWith(textOf(cut))).toBe(true);
    expect(textOf(cut).length).toBeLessThan(textOf(full).length);
  });

  it("cuts before a stop sequence and reports which one hit", async () => {
    const full = textOf(await create(ask("Explain how tides work")));
    for (const sequence of ["the", "\n", "ZenMux"]) {
      const message = await create({
        ...ask("Explain how tides work"),
        stop_sequences: ["NEVER-APPEARS", sequence],
      });
      expect(message.stop_reason).toBe("stop_sequence");
      expect(message.stop_sequence).toBe(sequence);
      expect(textOf(message)).toBe(full.slice(0, full.indexOf(sequence)));
      expect(textOf(message)).not.toContain(sequence);
    }
  });

  it("ends normally when no stop sequence occurs", async () => {
    const message = await create({
      ...ask("Explain how tides work"),
      stop_sequences: ["NEVER-APPEARS"],
    });
    expect(message.stop_reason).toBe("end_turn");
    expect(message.stop_sequence).toBeNull();
  });

  it("continues an assistant prefill without repeating it", async () => {
    const message = await create({
      messages: [
        { role: "user", content: "Summarise the water cycle as JSON" },
        { role: "assistant", content: "{" },
      ],
    });
    const text = textOf(message);
    expect(text.startsWith("{")).toBe(false);
    expect(JSON.parse(`{${text}`)).toMatchObject({ source: "zenmux-emulator" });
    const prose = await create({
      messages: [
        { role: "user", content: "Why is the sky blue?" },
        { role: "assistant", content: "The sky is blue because" },
      ],
    });
    expect(textOf(prose).startsWith("The sky is blue because")).toBe(false);
    expect(textOf(prose).startsWith(" ")).toBe(true);
  });

  it("shares its tokenizer between usage and count_tokens", async () => {
    const body = {
      system: "You are terse.",
      tools: [
        {
          name: "lookup",
          description: "Look up a word",
          input_schema: { type: "object", properties: {} },
        },
      ],
      messages: [
        { role: "user", content: "Define serendipity, please." },
        { role: "assistant", content: "A happy accident." },
        { role: "user", content: [{ type: "text", text: "And its origin?" }] },
      ],
    };
    const message = await create(body);
    const counted = await call("count_tokens", { model: MODEL, ...body });
    expect(counted.status).toBe(200);
    expect(counted.headers.get("x-zenmux-emulator")).toBe("1");
    expect(await counted.json()).toEqual({ input_tokens: message.usage.input_tokens });
    const longer = await call("count_tokens", {
      model: MODEL,
      ...body,
      messages: [
        ...body.messages,
        { role: "assistant", content: "Coined by Horace Walpole in 1754." },
      ],
    });
    const { input_tokens } = (await longer.json()) as { input_tokens: number };
    expect(input_tokens).toBeGreaterThan(message.usage.input_tokens);
  });

  it("writes a marked prefix to the cache, then reads it back on the same request", async () => {
    // Above Sonnet 4.5's 1024-token minimum, and unique to this test so no earlier run cached it.
    const longText = "The quick brown fox jumps over the messages test. ".repeat(150);
    const plain = await create({ system: [{ type: "text", text: longText }], ...ask("Hi") });
    const cachedBody = {
      system: [{ type: "text", text: longText, cache_control: { type: "ephemeral" } }],
      ...ask("Hi"),
    };
    const first = await create(cachedBody);
    const second = await create(cachedBody);
    expect(plain.usage.cache_creation_input_tokens).toBe(0);
    expect(first.usage.cache_creation_input_tokens).toBeGreaterThan(countTokens(longText) - 1);
    expect(first.usage.cache_read_input_tokens).toBe(0);
    expect(first.usage.input_tokens + first.usage.cache_creation_input_tokens).toBe(
      plain.usage.input_tokens,
    );
    expect(second.usage.cache_read_input_tokens).toBe(first.usage.cache_creation_input_tokens);
    expect(second.usage.cache_creation_input_tokens).toBe(0);
    expect(second.usage.input_tokens).toBe(first.usage.input_tokens);
  });

  it("acknowledges images and documents", async () => {
    const png = Buffer.alloc(12 * 1024, 7).toString("base64");
    const message = await create(
      ask([
        { type: "image", source: { type: "base64", media_type: "image/png", data: png } },
        { type: "image", source: { type: "url", url: "https://example.com/cat.jpg" } },
        {
          type: "document",
          source: { type: "text", media_type: "text/plain", data: "Hello document" },
          title: "Notes",
        },
        { type: "text", text: "What do you see?" },
      ]),
    );
    const text = textOf(message);
    expect(text).toContain("I see 2 images (image/png, ~12 KB; from https://example.com/cat.jpg)");
    expect(text).toContain('1 document (text/plain, 14 characters, "Notes")');
  });
});

describe("emulator tools", () => {
  const weather = {
    name: "get_weather",
    description: "Get the current weather for a city",
    input_schema: {
      type: "object",
      properties: {
        location: { type: "string", description: "City name" },
        unit: { type: "string", enum: ["celsius", "fahrenheit"] },
        days: { type: "integer", minimum: 1, maximum: 7 },
        detailed: { type: "boolean" },
        tags: { type: "array", items: { type: "string" } },
        options: {
          type: "object",
          properties: { lang: { type: "string", enum: ["en", "fr"] } },
          required: ["lang"],
        },
      },
      required: ["location", "unit", "days", "detailed", "tags", "options"],
    },
  };
  const calculator = {
    name: "calculator",
    description: "Evaluate arithmetic expressions",
    input_schema: {
      type: "object",
      properties: { expression: { type: "string" } },
      required: ["expression"],
    },
  };

  it("calls a tool the user asks for, with input that satisfies its schema", async () => {
    const message = await create({
      tools: [calculator, weather],
      ...ask("What's the weather in Lyon for 3 days?"),
    });
    expect(message.stop_reason).toBe("tool_use");
    const toolUse = message.content.find((block) => block.type === "tool_use");
    expect(toolUse).toMatchObject({ type: "tool_use", name: "get_weather" });
    if (toolUse?.type !== "tool_use") throw new Error("no tool_use");
    expect(toolUse.id).toMatch(/^toolu_[0-9A-Za-z]+$/);
    expect(toolUse.input).toEqual({
      location: "Lyon",
      unit: "celsius",
      days: 3,
      detailed: true,
      tags: [expect.any(String)],
      options: { lang: "en" },
    });
    // Auto choice explains itself first; the tool_use block comes last.
    expect(message.content[0]?.type).toBe("text");
    expect(message.content.at(-1)?.type).toBe("tool_use");
  });

  it("answers in text under auto when nothing asks for a tool, and never uses tools under none", async () => {
    const unrelated = await create({ tools: [weather], ...ask("Tell me a joke about cats") });
    expect(unrelated.stop_reason).toBe("end_turn");
    expect(unrelated.content.every((block) => block.type === "text")).toBe(true);
    const none = await create({
      tools: [weather],
      tool_choice: { type: "none" },
      ...ask("What's the weather in Lyon?"),
    });
    expect(none.stop_reason).toBe("end_turn");
    expect(none.content.some((block) => block.type === "tool_use")).toBe(false);
  });

  it("forces tools under any and tool, without a preamble", async () => {
    const any = await create({
      tools: [calculator, weather],
      tool_choice: { type: "any" },
      ...ask("Hello"),
    });
    expect(any.stop_reason).toBe("tool_use");
    expect(any.content.map((block) => block.type)).toEqual(["tool_use"]);
    const named = await create({
      tools: [calculator, weather],
      tool_choice: { type: "tool", name: "calculator" },
      ...ask("What's the weather in Lyon?"),
    });
    expect(named.content).toEqual([
      expect.objectContaining({
        type: "tool_use",
        name: "calculator",
        input: { expression: expect.any(String) },
      }),
    ]);
  });

  it("answers a tool_result in text that uses the result", async () => {
    const first = await create({
      tools: [weather],
      ...ask("What's the weather in Lyon for 2 days?"),
    });
    const toolUse = first.content.find((block) => block.type === "tool_use");
    if (toolUse?.type !== "tool_use") throw new Error("no tool_use");
    const second = await create({
      tools: [weather],
      messages: [
        { role: "user", content: "What's the weather in Lyon for 2 days?" },
        { role: "assistant", content: first.content },
        {
          role: "user",
          content: [{ type: "tool_result", tool_use_id: toolUse.id, content: "18°C, light rain" }],
        },
      ],
    });
    expect(second.stop_reason).toBe("end_turn");
    expect(textOf(second)).toContain("get_weather");
    expect(textOf(second)).toContain("18°C, light rain");
  });
});

describe("emulator thinking", () => {
  it("puts a signed thinking block first, then the answer", async () => {
    const message = await create({
      max_tokens: 3000,
      thinking: { type: "enabled", budget_tokens: 1024 },
      ...ask("Why do cats purr?"),
    });
    expect(message.content.map((block) => block.type)).toEqual(["thinking", "text"]);
    const thinking = message.content[0];
    if (thinking?.type !== "thinking") throw new Error("no thinking");
    expect(thinking.thinking).toContain("Why do cats purr?");
    expect(thinking.signature.length).toBeGreaterThan(20);
    expect(message.usage.output_tokens).toBe(
      countTokens(thinking.thinking) + countTokens(textOf(message)),
    );
  });
});
