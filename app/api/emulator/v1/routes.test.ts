import { execFile } from "node:child_process";
import { promisify } from "node:util";
import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SseParser } from "@/lib/anthropic/sse";
import { type ServedHandler, serve } from "@/lib/testing/serve-web-handler";
import { POST as countTokens } from "./messages/count_tokens/route";
import { POST as messages } from "./messages/route";
import { GET as models } from "./models/route";

const run = promisify(execFile);
const MODEL = "anthropic/claude-sonnet-4.5";
const VERSION = { "anthropic-version": "2023-06-01" };

let served: ServedHandler;
let base: string;
/** A second reader of the last streamed body, to watch what the emulator does after a disconnect. */
let observer: ReadableStream<Uint8Array> | undefined;

beforeAll(async () => {
  // The emulator's own pace comes from server config; tests run it fast.
  process.env.EMULATOR_TOKENS_PER_SECOND ??= "5000";
  served = await serve(async (request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/emulator/v1/messages") {
      const response = await messages(request);
      if (!request.headers.has("x-test-observe") || !response.body) return response;
      const [toClient, toObserver] = response.body.tee();
      observer = toObserver;
      return new Response(toClient, response);
    }
    if (path === "/api/emulator/v1/messages/count_tokens") return countTokens(request);
    if (path === "/api/emulator/v1/models") return models(request);
    return new Response("not found", { status: 404 });
  });
  base = `${served.url}/api/emulator`;
});

afterAll(async () => {
  await served.close();
});

function client(): Anthropic {
  return new Anthropic({
    apiKey: "any-demo-key",
    baseURL: base,
    defaultHeaders: VERSION,
    maxRetries: 0,
  });
}

describe("emulator HTTP routes", () => {
  it("serves messages, count_tokens and models over real HTTP, with or without a key", async () => {
    const body = {
      model: MODEL,
      max_tokens: 200,
      messages: [{ role: "user", content: "Hello over HTTP" }],
    };
    const created = await fetch(`${base}/v1/messages`, {
      method: "POST",
      headers: { ...VERSION, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(created.status).toBe(200);
    expect(created.headers.get("x-zenmux-emulator")).toBe("1");
    const message = (await created.json()) as {
      usage: { input_tokens: number };
      content: { text: string }[];
    };
    expect(message.content[0]?.text).toContain("Hello over HTTP");

    const counted = await fetch(`${base}/v1/messages/count_tokens`, {
      method: "POST",
      headers: { ...VERSION, "content-type": "application/json", "x-api-key": "any-client-key" },
      body: JSON.stringify({ model: MODEL, messages: body.messages }),
    });
    expect(await counted.json()).toEqual({ input_tokens: message.usage.input_tokens });

    const listed = await fetch(`${base}/v1/models?limit=2`);
    const list = (await listed.json()) as { data: unknown[]; has_more: boolean };
    expect(list.data).toHaveLength(2);
    expect(list.has_more).toBe(true);
  });

  it("requires anthropic-version 2023-06-01 on POSTs", async () => {
    const response = await fetch(`${base}/v1/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        model: MODEL,
        max_tokens: 10,
        messages: [{ role: "user", content: "x" }],
      }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      type: string;
      error: { type: string; message: string };
    };
    expect(body.type).toBe("error");
    expect(body.error.type).toBe("invalid_request_error");
    expect(body.error.message).toContain("ZenMux supports only anthropic-version 2023-06-01");
  });

  it("works with the official SDK: create, and messages.stream() whose final message equals create's", async () => {
    const anthropic = client();
    const params = {
      model: MODEL,
      max_tokens: 300,
      messages: [{ role: "user" as const, content: "Give me 3 ideas for a weekend" }],
    };
    const created = await anthropic.messages.create(params);
    expect(created.type).toBe("message");
    expect(created.model).toBe(MODEL);
    expect(created.content[0]?.type).toBe("text");
    const stream = anthropic.messages.stream(params);
    let streamedText = "";
    stream.on("text", (text) => {
      streamedText += text;
    });
    const final = await stream.finalMessage();
    expect(final.id).toBe(created.id);
    expect(final.content).toEqual(created.content);
    expect(final.usage).toEqual(created.usage);
    expect(final.stop_reason).toBe(created.stop_reason);
    expect(streamedText).toBe(created.content[0]?.type === "text" ? created.content[0].text : "");
  });

  it("gives the SDK a tool call it can parse when streamed", async () => {
    const anthropic = client();
    const final = await anthropic.messages
      .stream({
        model: MODEL,
        max_tokens: 300,
        tools: [
          {
            name: "get_time",
            description: "Get the current time in a timezone",
            input_schema: {
              type: "object",
              properties: { timezone: { type: "string" } },
              required: ["timezone"],
            },
          },
        ],
        tool_choice: { type: "tool", name: "get_time" },
        messages: [{ role: "user", content: "What time is it in Tokyo?" }],
      })
      .finalMessage();
    expect(final.stop_reason).toBe("tool_use");
    expect(final.content[0]).toMatchObject({
      type: "tool_use",
      name: "get_time",
      input: { timezone: expect.any(String) },
    });
  });

  it("surfaces fault models as the SDK's typed errors", async () => {
    const anthropic = client();
    const error = await anthropic.messages
      .create({
        model: "emulator/overloaded",
        max_tokens: 10,
        messages: [{ role: "user", content: "x" }],
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.APIError);
    expect((error as InstanceType<typeof Anthropic.APIError>).status).toBe(529);
  });

  it("streams to real curl as it is produced", async () => {
    const { stdout } = await run("curl", [
      "-sS",
      "-N",
      `${base}/v1/messages`,
      "-H",
      "content-type: application/json",
      "-H",
      "anthropic-version: 2023-06-01",
      "-d",
      JSON.stringify({
        model: MODEL,
        max_tokens: 50,
        stream: true,
        messages: [{ role: "user", content: "Hi curl" }],
      }),
    ]);
    expect(stdout.startsWith(": ZENMUX PROCESSING\n\n")).toBe(true);
    const events = new SseParser()
      .push(stdout)
      .flatMap((item) => (item.kind === "event" ? [item.event] : []));
    expect(events[0]).toBe("message_start");
    expect(events.at(-1)).toBe("message_stop");
  });

  it("stops the stream when the HTTP client disconnects", async () => {
    const controller = new AbortController();
    const response = await fetch(`${base}/v1/messages`, {
      method: "POST",
      headers: { ...VERSION, "content-type": "application/json", "x-test-observe": "1" },
      body: JSON.stringify({
        model: "emulator/slow-stream",
        max_tokens: 400,
        stream: true,
        messages: [{ role: "user", content: "Write slowly" }],
      }),
      signal: controller.signal,
    });
    const reader = response.body?.getReader();
    if (!reader || !observer) throw new Error("no body");
    const decoder = new TextDecoder();
    let seen = "";
    while (!seen.includes("content_block_delta"))
      seen += decoder.decode((await reader.read()).value);
    controller.abort();
    // 400 tokens at 8/s would take 50 s; after the disconnect the emulator must end at once.
    const watch = observer.getReader();
    let after = "";
    const ended = (async () => {
      for (;;) {
        const { done, value } = await watch.read();
        if (done) return true;
        after += decoder.decode(value);
      }
    })();
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000));
    expect(await Promise.race([ended, timeout])).toBe(true);
    expect(after).not.toContain("message_stop");
  });
});
