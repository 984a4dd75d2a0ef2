import { Lexer, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { LONG_ANSWER_MAX_TOKENS, lengthGoal, longForm } from "./long-answer";
import { assemble, call, readSse } from "./test-support";
import { countTokens } from "./tokenizer";

const MODEL = "anthropic/claude-sonnet-4.5";

interface Message {
  content: { type: string; text?: string }[];
  stop_reason: string;
  usage: { output_tokens: number };
}

async function create(content: string, maxTokens: number): Promise<Message> {
  const response = await call("messages", {
    model: MODEL,
    max_tokens: maxTokens,
    messages: [{ role: "user", content }],
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Message;
}

const textOf = (message: Message) => message.content.map((block) => block.text ?? "").join("");
const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
const languagesOf = (text: string) =>
  new Set([...text.matchAll(/^```(\w+)$/gm)].map((match) => match[1]));

describe("lengthGoal", () => {
  it("reads an asked number of words, tokens or pages", () => {
    expect(lengthGoal("Write 3000 words about caching", 8000)).toEqual({
      unit: "words",
      count: 3000,
    });
    expect(lengthGoal("a 2,500-word essay on tides", 8000)).toEqual({
      unit: "words",
      count: 2500,
    });
    expect(lengthGoal("Give me 20k tokens of Markdown", 8000)).toEqual({
      unit: "tokens",
      count: 20_000,
    });
    expect(lengthGoal("two pages? no: 4 pages on Rome", 8000)).toEqual({
      unit: "words",
      count: 2000,
    });
  });

  it("fills max_tokens when asked for a long text without a number", () => {
    expect(lengthGoal("Write a long essay about the sea", 4096)).toEqual({
      unit: "tokens",
      count: 4096,
    });
    expect(lengthGoal("A detailed, in-depth guide to Postgres indexes", 900)).toEqual({
      unit: "tokens",
      count: 900,
    });
    expect(lengthGoal("Write an article on bees", 10_000_000)).toEqual({
      unit: "tokens",
      count: LONG_ANSWER_MAX_TOKENS,
    });
  });

  it("keeps ordinary and short requests ordinary", () => {
    expect(lengthGoal("How long does a build take?", 4096)).toBeUndefined();
    expect(lengthGoal("Summarise this in 50 words", 4096)).toBeUndefined();
    expect(lengthGoal("Hello there", 4096)).toBeUndefined();
  });
});

describe("long answers", () => {
  it("writes about the asked number of words of varied Markdown, ending on its own", async () => {
    const message = await create("Write 3000 words about distributed caching", 20_000);
    const text = textOf(message);
    expect(message.stop_reason).toBe("end_turn");
    expect(wordCount(text)).toBeGreaterThanOrEqual(3000);
    expect(wordCount(text)).toBeLessThan(3600);
    expect(message.usage.output_tokens).toBe(countTokens(text));
    expect(text).toContain("# Distributed caching");
    expect(text.match(/^## \d+\. /gm)?.length).toBeGreaterThanOrEqual(8);
    expect(text).toMatch(/^\| --- \| --- \|/m);
    expect(text).toMatch(/^- \*\*/m);
    expect(text).toMatch(/^1\. /m);
    expect(text).toMatch(/^> /m);
    expect(languagesOf(text).size).toBeGreaterThanOrEqual(3);
    // Fences come in pairs, so nothing after the answer renders as code.
    expect(text.match(/^```/gm)?.length ?? 0).toBeGreaterThan(0);
    expect((text.match(/^```/gm)?.length ?? 0) % 2).toBe(0);
  });

  it("fills a high max_tokens exactly when asked for a long text, and usage counts it", async () => {
    const message = await create("Write a long Markdown essay about stream processing", 20_000);
    const text = textOf(message);
    expect(message.stop_reason).toBe("max_tokens");
    expect(message.usage.output_tokens).toBe(20_000);
    expect(countTokens(text)).toBe(20_000);
    expect(languagesOf(text).size).toBeGreaterThanOrEqual(6);
  });

  it("is deterministic, and a smaller max_tokens cuts the same document", async () => {
    const ask = "Write a long essay about stream processing";
    const first = textOf(await create(ask, 6000));
    expect(textOf(await create(ask, 6000))).toBe(first);
    const shorter = textOf(await create(ask, 1500));
    expect(first.startsWith(shorter)).toBe(true);
    expect(textOf(await create("Write a long essay about garden birds", 6000))).not.toBe(first);
  });

  it("streams the very message the non-streaming call returns", async () => {
    const body = {
      model: MODEL,
      max_tokens: 8000,
      messages: [{ role: "user", content: "Write 2000 words about tides" }],
    };
    const whole = await (await call("messages", body)).json();
    const streamed = await readSse(
      await call("messages", { ...body, stream: true }, { tokensPerSecond: 1_000_000 }),
    );
    expect(assemble(streamed)).toEqual(whole);
  });
});

describe("long lists and tables", () => {
  it("reads the form asked for: a list, a table, or a document", () => {
    expect(longForm("Write a 5000-word numbered list of ideas about caching")).toBe("list");
    expect(longForm("Give me a long checklist for a launch")).toBe("list");
    expect(longForm("Compare queue brokers in a 3000-token table")).toBe("table");
    expect(longForm("Put it as a table, 2000 words")).toBe("table");
    expect(longForm("Write 3000 words about list comprehensions")).toBe("document");
    expect(longForm("Write a long essay about the sea")).toBe("document");
  });

  const blocksOf = (text: string) =>
    new Lexer({ gfm: true }).blockTokens(text).filter((token) => token.type !== "space");

  it("writes the whole length as one numbered list", async () => {
    const message = await create("Write a 4000-token numbered list of ideas about caching", 20_000);
    const text = textOf(message);
    expect(countTokens(text)).toBeGreaterThanOrEqual(4000);
    const list = blocksOf(text).find((token) => token.type === "list") as Tokens.List;
    expect(list.ordered).toBe(true);
    expect(list.items.length).toBeGreaterThan(60);
    // The list runs to the footer: nothing else comes between its items.
    expect(text.slice(text.indexOf("1. **"))).toMatch(/^(?:\d+\. \*\*.+\n)+\n/);
  });

  it("writes the whole length as one table, cut like any answer by max_tokens", async () => {
    const ask = "Compare caching approaches in a 6000-token table";
    const message = await create(ask, 3000);
    expect(message.stop_reason).toBe("max_tokens");
    const table = blocksOf(textOf(message)).find((token) => token.type === "table") as Tokens.Table;
    expect(table.header.map((cell) => cell.text)).toEqual([
      "#",
      "Approach",
      "Strength",
      "Weakness",
      "Typical latency",
    ]);
    expect(table.rows.length).toBeGreaterThan(60);
    expect(textOf(await create(ask, 3000))).toBe(textOf(message));
  });
});
