import { SseParser } from "@/lib/anthropic/sse";
import { type EmulatorEndpoint, handleEmulatorRequest } from "./index";

/** Shared by the emulator's tests: calling it in-process and reading its event streams. */

export const FAST = { tokensPerSecond: 5000 };

export function emulatorRequest(
  endpoint: EmulatorEndpoint,
  body: unknown,
  init: {
    headers?: Record<string, string>;
    signal?: AbortSignal;
    raw?: string;
    method?: string;
  } = {},
): Request {
  const path =
    endpoint === "messages"
      ? "messages"
      : endpoint === "count_tokens"
        ? "messages/count_tokens"
        : "models";
  const method = init.method ?? (endpoint === "models" ? "GET" : "POST");
  return new Request(`http://emulator.test/v1/${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      "anthropic-version": "2023-06-01",
      ...init.headers,
    },
    body: method === "GET" ? undefined : (init.raw ?? JSON.stringify(body)),
    signal: init.signal,
  });
}

export function call(
  endpoint: EmulatorEndpoint,
  body: unknown,
  init: Parameters<typeof emulatorRequest>[2] & { tokensPerSecond?: number } = {},
): Promise<Response> {
  return handleEmulatorRequest(endpoint, emulatorRequest(endpoint, body, init), {
    tokensPerSecond: init.tokensPerSecond ?? FAST.tokensPerSecond,
  });
}

export interface TimedItem {
  kind: "event" | "comment";
  event: string;
  /** Parsed JSON for events; the comment text for comments. */
  data: unknown;
  at: number;
}

/** Reads a whole event stream, stamping each item with when it arrived. */
export async function readSse(response: Response): Promise<TimedItem[]> {
  const reader = response.body?.getReader();
  if (!reader) throw new Error("response has no body");
  const parser = new SseParser();
  const decoder = new TextDecoder();
  const items: TimedItem[] = [];
  const add = (parsed: ReturnType<SseParser["push"]>) => {
    const at = performance.now();
    for (const item of parsed) {
      if (item.kind === "comment") items.push({ kind: "comment", event: "", data: item.text, at });
      else items.push({ kind: "event", event: item.event, data: JSON.parse(item.data), at });
    }
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    add(parser.push(decoder.decode(value, { stream: true })));
  }
  add(parser.end());
  return items;
}

type Json = Record<string, unknown>;

/** Builds the final message from stream events the way Anthropic's SDKs do. */
export function assemble(items: TimedItem[]): Json {
  let message: Json | undefined;
  const content: Json[] = [];
  const partialJson: string[] = [];
  for (const item of items) {
    if (item.kind !== "event") continue;
    const data = item.data as Json;
    switch (data.type) {
      case "message_start":
        message = structuredClone(data.message as Json);
        break;
      case "content_block_start":
        content[data.index as number] = structuredClone(data.content_block as Json);
        partialJson[data.index as number] = "";
        break;
      case "content_block_delta": {
        const index = data.index as number;
        const block = content[index] as Json;
        const delta = data.delta as Json;
        if (delta.type === "text_delta") block.text = `${block.text}${delta.text}`;
        if (delta.type === "thinking_delta") block.thinking = `${block.thinking}${delta.thinking}`;
        if (delta.type === "signature_delta") block.signature = delta.signature;
        if (delta.type === "input_json_delta")
          partialJson[index] = `${partialJson[index]}${delta.partial_json}`;
        break;
      }
      case "content_block_stop": {
        const index = data.index as number;
        const block = content[index] as Json;
        if (block.type === "tool_use") block.input = JSON.parse(partialJson[index] || "{}");
        break;
      }
      case "message_delta":
        if (!message) throw new Error("message_delta before message_start");
        Object.assign(message, data.delta as Json);
        message.usage = { ...(message.usage as Json), ...(data.usage as Json) };
        break;
    }
  }
  if (!message) throw new Error("no message_start");
  message.content = content;
  return message;
}

export function eventNames(items: TimedItem[]): string[] {
  return items.filter((item) => item.kind === "event").map((item) => item.event);
}
