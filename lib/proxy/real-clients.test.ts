import { execFile } from "node:child_process";
import { promisify } from "node:util";
import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as emulatorCountTokens } from "@/app/api/emulator/v1/messages/count_tokens/route";
import { POST as emulatorMessages } from "@/app/api/emulator/v1/messages/route";
import { GET as emulatorModels } from "@/app/api/emulator/v1/models/route";
import { closedPortUrl, startUpstream } from "@/lib/testing/loopback-upstream";
import { pythonWithSdk } from "@/lib/testing/python-sdk";
import { serveProxy } from "@/lib/testing/serve-proxy";
import { type ServedHandler, serve } from "@/lib/testing/serve-web-handler";

const run = promisify(execFile);
const PACE = { tokensPerSecond: 5000 };
const MODEL = "anthropic/claude-sonnet-4.5";

/**
 * The emulator's own HTTP route handlers (app/api/emulator) on a real loopback server, standing
 * in for ZenMux at a base URL of their own. They run at the configured default pace.
 */
function serveEmulator(): Promise<ServedHandler> {
  return serve(async (request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/emulator/v1/messages/count_tokens") return emulatorCountTokens(request);
    if (path === "/api/emulator/v1/messages") return emulatorMessages(request);
    if (path === "/api/emulator/v1/models") return emulatorModels(request);
    return new Response("not found", { status: 404 });
  });
}

let emulator: ServedHandler;
/** Key mode: clients bring a key, the proxy forwards to the emulator over HTTP. */
let keyProxy: ServedHandler;
/** Demo mode: no key anywhere, the proxy asks the emulator in-process. */
let demoProxy: ServedHandler;

beforeAll(async () => {
  emulator = await serveEmulator();
  keyProxy = await serveProxy({
    ZENMUX_API_KEY: undefined,
    ZENMUX_BASE_URL: `${emulator.url}/api/emulator`,
    EMULATOR_TOKENS_PER_SECOND: PACE.tokensPerSecond,
  });
  demoProxy = await serveProxy({
    ZENMUX_API_KEY: undefined,
    // Nothing listens here: a demo request that went upstream would fail with a 502.
    ZENMUX_BASE_URL: `${await closedPortUrl()}/api/anthropic`,
    EMULATOR_TOKENS_PER_SECOND: PACE.tokensPerSecond,
  });
});

afterAll(async () => {
  await Promise.all([keyProxy?.close(), demoProxy?.close(), emulator?.close()]);
});

function sdk(options: Partial<ConstructorParameters<typeof Anthropic>[0]> = {}) {
  return new Anthropic({
    baseURL: keyProxy.url,
    apiKey: "test-key",
    defaultHeaders: { "anthropic-version": "2023-06-01" },
    maxRetries: 0,
    ...options,
  });
}

describe("TypeScript SDK through the proxy in front of the emulator", () => {
  const params = {
    model: MODEL,
    max_tokens: 256,
    messages: [{ role: "user" as const, content: "Say hello in three words." }],
  };

  it("messages.create returns a message", async () => {
    const { data: message, response } = await sdk().messages.create(params).withResponse();
    expect(response.headers.get("x-playground-key-source")).toBe("client");
    expect(response.headers.get("x-zenmux-emulator")).toBe("1");
    expect(message.type).toBe("message");
    expect(message.role).toBe("assistant");
    expect(message.model).toBe(MODEL);
    const text = message.content
      .flatMap((block) => (block.type === "text" ? [block.text] : []))
      .join("");
    expect(text.length).toBeGreaterThan(0);
    expect(message.usage.output_tokens).toBeGreaterThan(0);
  });

  it("messages.stream() yields text events that add up to finalMessage()", async () => {
    const stream = sdk().messages.stream(params);
    let streamed = "";
    stream.on("text", (delta) => {
      streamed += delta;
    });
    const message = await stream.finalMessage();
    const text = message.content
      .flatMap((block) => (block.type === "text" ? [block.text] : []))
      .join("");
    expect(text.length).toBeGreaterThan(0);
    expect(streamed).toBe(text);
    expect(message.stop_reason).toBe("end_turn");
  });

  it("messages.countTokens returns a positive count", async () => {
    const result = await sdk().messages.countTokens({ model: MODEL, messages: params.messages });
    expect(result.input_tokens).toBeGreaterThan(0);
  });

  it("models.list() pages through the catalog", async () => {
    const ids: string[] = [];
    for await (const model of sdk().models.list({ limit: 1000 })) ids.push(model.id);
    expect(ids).toContain(MODEL);
  });

  it("surfaces an upstream 529 as the SDK's typed error", async () => {
    const error = await sdk()
      .messages.create({ ...params, model: "emulator/overloaded" })
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(error).toBeInstanceOf(Anthropic.APIError);
    expect((error as InstanceType<typeof Anthropic.APIError>).status).toBe(529);
    expect((error as InstanceType<typeof Anthropic.APIError>).type).toBe("overloaded_error");
  });

  it("gets a clear 400 when it sends its default anthropic-version", async () => {
    const recorder = await startUpstream((_, res) => {
      res.end("{}");
    });
    const proxy = await serveProxy({
      ZENMUX_API_KEY: undefined,
      ZENMUX_BASE_URL: recorder.url,
      EMULATOR_TOKENS_PER_SECOND: PACE.tokensPerSecond,
    });
    try {
      const client = new Anthropic({ baseURL: proxy.url, apiKey: "test-key", maxRetries: 0 });
      const error = await client.messages.create(params).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(Anthropic.BadRequestError);
      // The SDK keeps the parsed body; its own message only embeds the JSON text.
      const message = (
        (error as InstanceType<typeof Anthropic.BadRequestError>).error as
          | { error?: { message?: string } }
          | undefined
      )?.error?.message;
      expect(message).toContain("ZenMux supports only anthropic-version 2023-06-01");
      expect(message).toContain('defaultHeaders: { "anthropic-version": "2023-06-01" }');
      expect(recorder.requests).toHaveLength(0);
    } finally {
      await proxy.close();
      await recorder.close();
    }
  });
});

describe("demo mode (no key anywhere)", () => {
  it("answers from the in-process emulator", async () => {
    const response = await fetch(`${demoProxy.url}/v1/messages`, {
      method: "POST",
      headers: { "anthropic-version": "2023-06-01", "content-type": "application/json" },
      body: JSON.stringify({
        model: MODEL,
        max_tokens: 64,
        messages: [{ role: "user", content: "Hi" }],
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-playground-key-source")).toBe("demo");
    expect(response.headers.get("x-zenmux-emulator")).toBe("1");
    expect((await response.json()).type).toBe("message");
  });

  it("streams through real curl -N with every event in order", async () => {
    const { stdout } = await run("curl", [
      "-sS",
      "-N",
      "-i",
      `${demoProxy.url}/v1/messages`,
      "-H",
      "anthropic-version: 2023-06-01",
      "-H",
      "content-type: application/json",
      "-d",
      JSON.stringify({
        model: MODEL,
        max_tokens: 64,
        stream: true,
        messages: [{ role: "user", content: "Hi" }],
      }),
    ]);
    expect(stdout).toMatch(/^HTTP\/1\.1 200/);
    expect(stdout).toMatch(/x-playground-key-source: demo/i);
    expect(stdout).toMatch(/content-type: text\/event-stream/i);
    const events = [...stdout.matchAll(/^event: (\S+)/gm)].map((match) => match[1]);
    const order = [
      "message_start",
      "content_block_start",
      "content_block_delta",
      "content_block_stop",
      "message_delta",
      "message_stop",
    ];
    const firsts = order.map((name) => events.indexOf(name));
    expect(firsts.every((index) => index >= 0)).toBe(true);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    expect(events.at(-1)).toBe("message_stop");
    expect(events.at(0)).toBe("message_start");
  });

  it("answers count_tokens and models", async () => {
    const headers = { "anthropic-version": "2023-06-01", "content-type": "application/json" };
    const count = await fetch(`${demoProxy.url}/v1/messages/count_tokens`, {
      method: "POST",
      headers,
      body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "Hi there" }] }),
    });
    expect((await count.json()).input_tokens).toBeGreaterThan(0);
    const models = await fetch(`${demoProxy.url}/v1/models?limit=1`, { headers });
    const list = await models.json();
    expect(list.data).toHaveLength(1);
    expect(list.has_more).toBe(true);
  });
});

describe("Python SDK through the proxy", () => {
  it("runs messages.create and messages.stream text_stream", async () => {
    const script = `
import json, os, anthropic
client = anthropic.Anthropic(base_url=os.environ["PROXY_URL"], api_key="test-key", max_retries=0)
params = dict(model="${MODEL}", max_tokens=128, messages=[{"role": "user", "content": "Hello"}])
created = client.messages.create(**params)
with client.messages.stream(**params) as stream:
    pieces = [text for text in stream.text_stream]
    final = stream.get_final_message()
print(json.dumps({
    "created": "".join(b.text for b in created.content if b.type == "text"),
    "streamed": "".join(pieces),
    "final": "".join(b.text for b in final.content if b.type == "text"),
    "pieces": len(pieces),
}))
`;
    const { stdout } = await run(pythonWithSdk(), ["-c", script], {
      env: { ...process.env, PROXY_URL: keyProxy.url, NO_PROXY: "127.0.0.1,localhost" },
    });
    const result = JSON.parse(stdout) as {
      created: string;
      streamed: string;
      final: string;
      pieces: number;
    };
    expect(result.created.length).toBeGreaterThan(0);
    expect(result.pieces).toBeGreaterThan(1);
    expect(result.streamed).toBe(result.final);
    // The emulator is deterministic: the same request gives the same text, streamed or not.
    expect(result.streamed).toBe(result.created);
  });
});
