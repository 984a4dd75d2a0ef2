import { describe, expect, it } from "vitest";
import { normaliseError } from "@/lib/anthropic/errors";
import { EMULATOR_FAULT_MODELS } from "./index";
import { assemble, call, eventNames, readSse } from "./test-support";
import { countTokens } from "./tokenizer";

const ask = (model: string, extra: Record<string, unknown> = {}) => ({
  model,
  max_tokens: 1024,
  messages: [{ role: "user", content: "Tell me about lighthouses" }],
  ...extra,
});

describe("emulator fault models", () => {
  it("exports exactly the documented fault model ids", () => {
    expect([...EMULATOR_FAULT_MODELS]).toEqual([
      "emulator/overloaded",
      "emulator/rate-limited",
      "emulator/stream-error",
      "emulator/slow-first-token",
      "emulator/insufficient-credit",
      "emulator/slow-stream",
    ]);
  });

  for (const stream of [false, true]) {
    it(`overloaded answers 529 overloaded_error with retry-after 5 (stream: ${stream})`, async () => {
      const response = await call("messages", ask("emulator/overloaded", { stream }));
      expect(response.status).toBe(529);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(response.headers.get("x-zenmux-emulator")).toBe("1");
      expect(response.headers.get("x-zenmux-requestid")).toBeTruthy();
      expect(await response.json()).toEqual({
        type: "error",
        error: { type: "overloaded_error", message: "Overloaded" },
      });
    });

    it(`rate-limited answers 429 rate_limit_error with retry-after 10 (stream: ${stream})`, async () => {
      const response = await call("messages", ask("emulator/rate-limited", { stream }));
      expect(response.status).toBe(429);
      expect(response.headers.get("retry-after")).toBe("10");
      const body = (await response.json()) as {
        type: string;
        error: { type: string; message: string };
      };
      expect(body.type).toBe("error");
      expect(body.error.type).toBe("rate_limit_error");
    });

    it(`insufficient-credit answers 402 in ZenMux's own error shape (stream: ${stream})`, async () => {
      const response = await call("messages", ask("emulator/insufficient-credit", { stream }));
      expect(response.status).toBe(402);
      expect(response.headers.get("content-type")).toBe("application/json");
      const body = (await response.json()) as {
        error: { code: string; type: string; message: string };
      };
      expect(body).not.toHaveProperty("type");
      expect(body.error).toMatchObject({ code: "402", type: "insufficient_credit" });
      expect(normaliseError(body, 402)).toMatchObject({
        shape: "zenmux",
        type: "insufficient_credit",
        code: "402",
      });
    });
  }

  it("stream-error sends some text, then an overloaded error event, and no message_stop", async () => {
    const response = await call("messages", ask("emulator/stream-error", { stream: true }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const items = await readSse(response);
    const names = eventNames(items);
    expect(names.slice(0, 3)).toEqual(["message_start", "ping", "content_block_start"]);
    expect(names.filter((name) => name === "content_block_delta").length).toBeGreaterThan(0);
    expect(names.at(-1)).toBe("error");
    expect(names).not.toContain("message_stop");
    expect(names).not.toContain("message_delta");
    expect(items.at(-1)?.data).toEqual({
      type: "error",
      error: { type: "overloaded_error", message: "Overloaded" },
    });
  });

  it("stream-error answers 529 without streaming", async () => {
    const response = await call("messages", ask("emulator/stream-error"));
    expect(response.status).toBe(529);
    expect(((await response.json()) as { error: { type: string } }).error.type).toBe(
      "overloaded_error",
    );
  });

  it("slow-first-token keeps the stream alive for ~3 s before the first event, then proceeds normally", async () => {
    const began = performance.now();
    const plainPromise = call("messages", ask("emulator/slow-first-token")).then(
      async (response) => ({
        at: performance.now(),
        body: (await response.json()) as Record<string, unknown>,
      }),
    );
    const items = await readSse(
      await call("messages", ask("emulator/slow-first-token", { stream: true })),
    );
    const start = items.findIndex((item) => item.event === "message_start");
    const comments = items.slice(0, start).filter((item) => item.kind === "comment");
    expect(comments.length).toBeGreaterThanOrEqual(3);
    expect(comments.every((item) => item.data === "ZENMUX PROCESSING")).toBe(true);
    expect((items[start]?.at ?? 0) - began).toBeGreaterThan(2500);
    // The comments are spread over the wait, not sent in one burst.
    expect((comments.at(-1)?.at ?? 0) - (comments[0]?.at ?? 0)).toBeGreaterThan(1500);
    expect(eventNames(items).at(-1)).toBe("message_stop");
    // Without streaming it waits too, and then gives the same message.
    const plain = await plainPromise;
    expect(plain.at - began).toBeGreaterThan(2500);
    expect(assemble(items)).toEqual(plain.body);
  });

  it("slow-stream streams a long answer at about 8 tokens per second, regardless of the configured pace", async () => {
    const full = await call("messages", ask("emulator/slow-stream"));
    const message = (await full.json()) as {
      content: { text: string }[];
      usage: { output_tokens: number };
    };
    expect(message.usage.output_tokens).toBeGreaterThanOrEqual(300);
    expect(countTokens(message.content[0]?.text ?? "")).toBeGreaterThanOrEqual(300);

    const timed = async (model: string) => {
      const began = performance.now();
      const items = await readSse(
        await call("messages", ask(model, { stream: true, max_tokens: 8 }), {
          tokensPerSecond: 5000,
        }),
      );
      expect(eventNames(items).at(-1)).toBe("message_stop");
      return (items.at(-1)?.at ?? 0) - began;
    };
    const normal = await timed("anthropic/claude-sonnet-4.5");
    const slow = await timed("emulator/slow-stream");
    // 8 tokens at 8/s is about one second, where the configured 5000/s takes milliseconds.
    expect(slow).toBeGreaterThan(normal * 10);
    expect(slow).toBeGreaterThan(700);
  });

  it("count_tokens of a fault model just counts", async () => {
    const response = await call("count_tokens", {
      model: "emulator/overloaded",
      messages: [{ role: "user", content: "Tell me about lighthouses" }],
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { input_tokens: number }).input_tokens).toBeGreaterThan(0);
  });
});
