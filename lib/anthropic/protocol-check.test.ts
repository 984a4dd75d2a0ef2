import { describe, expect, it } from "vitest";
import { call } from "@/lib/emulator/test-support";
import { checkProtocol, type ProtocolRule, type StreamItem } from "./protocol-check";
import { SseParser } from "./sse";

const MODEL = "anthropic/claude-sonnet-4.5";

const event = (name: string, data: unknown): StreamItem => ({
  kind: "event",
  name,
  data: JSON.stringify({ type: name, ...(data as object) }),
});
const ping: StreamItem = { kind: "event", name: "ping", data: '{"type":"ping"}' };
const comment: StreamItem = { kind: "comment", name: "ZENMUX PROCESSING", data: "" };

const usage = { input_tokens: 5, output_tokens: 1 };
const start = event("message_start", {
  message: { id: "m", type: "message", role: "assistant", content: [], usage },
});
const blockStart = (index: number, type = "text") =>
  event("content_block_start", {
    index,
    content_block: type === "text" ? { type, text: "" } : { type, id: "t", name: "f", input: {} },
  });
const textDelta = (index: number, text = "hi") =>
  event("content_block_delta", { index, delta: { type: "text_delta", text } });
const jsonDelta = (index: number, partial_json: string) =>
  event("content_block_delta", { index, delta: { type: "input_json_delta", partial_json } });
const blockStop = (index: number) => event("content_block_stop", { index });
const messageDelta = event("message_delta", {
  delta: { stop_reason: "end_turn", stop_sequence: null },
  usage: { output_tokens: 3 },
});
const stop = event("message_stop", {});

const wellFormed = [start, ping, blockStart(0), textDelta(0), blockStop(0), messageDelta, stop];

function rules(items: StreamItem[]): [number, ProtocolRule][] {
  return checkProtocol(items).violations.map((v) => [v.index, v.rule]);
}

async function emulatorStream(body: Record<string, unknown>): Promise<StreamItem[]> {
  const response = await call("messages", {
    model: MODEL,
    max_tokens: 2048,
    stream: true,
    ...body,
  });
  const parser = new SseParser();
  const items = [...parser.push(await response.text()), ...parser.end()];
  return items.map((item) =>
    item.kind === "comment"
      ? { kind: "comment", name: item.text, data: "" }
      : { kind: "event", name: item.event, data: item.data },
  );
}

describe("checkProtocol", () => {
  it("passes a well-formed stream with pings and comments anywhere", () => {
    expect(checkProtocol([comment, ...wellFormed, ping, comment])).toEqual({
      ok: true,
      violations: [],
      notes: [],
    });
  });

  it("passes the emulator's real streams: text, tool use and thinking", async () => {
    const tool = {
      name: "get_weather",
      description: "Weather",
      input_schema: {
        type: "object",
        properties: { city: { type: "string" } },
        required: ["city"],
      },
    };
    const streams = await Promise.all([
      emulatorStream({ messages: [{ role: "user", content: "Write a list with code" }] }),
      emulatorStream({
        tools: [tool],
        tool_choice: { type: "any" },
        messages: [{ role: "user", content: "Weather in Paris?" }],
      }),
      emulatorStream({
        thinking: { type: "enabled", budget_tokens: 1024 },
        messages: [{ role: "user", content: "Think first" }],
      }),
    ]);
    for (const items of streams) {
      expect(items.length).toBeGreaterThan(5);
      expect(checkProtocol(items).violations).toEqual([]);
    }
  });

  it("reports a message_start that is missing, late or repeated", () => {
    expect(rules([blockStart(0), ...wellFormed.slice(1)])).toContainEqual([0, "message-start"]);
    expect(rules([start, start, ...wellFormed.slice(1)])).toEqual([[1, "message-start"]]);
  });

  it("reports blocks out of order: a gap, a delta before start, a stop twice, overlap", () => {
    expect(rules([start, blockStart(1), blockStop(1), messageDelta, stop])).toContainEqual([
      1,
      "block-order",
    ]);
    expect(rules([start, textDelta(0), blockStart(0), blockStop(0), messageDelta, stop])).toEqual([
      [1, "block-order"],
    ]);
    expect(rules([start, blockStart(0), blockStop(0), blockStop(0), messageDelta, stop])).toEqual([
      [3, "block-order"],
    ]);
    expect(
      rules([start, blockStart(0), blockStart(1), blockStop(0), blockStop(1), messageDelta, stop]),
    ).toEqual([[2, "block-order"]]);
  });

  it("reports a block still open at message_delta", () => {
    expect(rules([start, blockStart(0), textDelta(0), messageDelta, stop])).toEqual([
      [3, "block-order"],
    ]);
  });

  it("reports a delta whose type does not match its block", () => {
    expect(
      rules([start, blockStart(0, "tool_use"), textDelta(0), blockStop(0), messageDelta, stop]),
    ).toEqual([[2, "delta-type"]]);
    expect(
      rules([start, blockStart(0), jsonDelta(0, "{}"), blockStop(0), messageDelta, stop]),
    ).toEqual([[2, "delta-type"]]);
  });

  it("reports input_json_delta pieces that do not join into valid JSON, at the block's stop", () => {
    const pieces = [jsonDelta(0, '{"city":'), jsonDelta(0, '"Par')];
    expect(
      rules([start, blockStart(0, "tool_use"), ...pieces, blockStop(0), messageDelta, stop]),
    ).toEqual([[4, "tool-input-json"]]);
    const whole = [jsonDelta(0, '{"city":'), jsonDelta(0, '"Paris"}')];
    expect(
      rules([start, blockStart(0, "tool_use"), ...whole, blockStop(0), messageDelta, stop]),
    ).toEqual([]);
  });

  it("reports message_stop without message_delta, and missing usage", () => {
    expect(rules([start, blockStart(0), blockStop(0), stop])).toEqual([[3, "message-delta"]]);
    const noUsage = event("message_delta", { delta: { stop_reason: "end_turn" } });
    expect(rules([start, noUsage, stop])).toEqual([[1, "usage"]]);
    const startWithoutUsage = event("message_start", { message: { id: "m", content: [] } });
    expect(rules([startWithoutUsage, messageDelta, stop])).toEqual([[0, "usage"]]);
  });

  it("reads usage inside message_delta's delta, as ZenMux's docs show it", () => {
    const zenmuxDelta = event("message_delta", {
      delta: { stop_reason: "end_turn", usage: { output_tokens: 2 } },
    });
    expect(rules([start, zenmuxDelta, stop])).toEqual([]);
  });

  it("reports anything but pings and comments after message_stop", () => {
    expect(rules([...wellFormed, ping, comment, textDelta(0)])).toEqual([[9, "after-stop"]]);
  });

  it("names an error event as such, and does not also call the stream incomplete", () => {
    const error = event("error", { error: { type: "overloaded_error", message: "Overloaded" } });
    const report = checkProtocol([start, blockStart(0), textDelta(0), error]);
    expect(report.ok).toBe(false);
    expect(report.violations).toEqual([
      {
        index: 3,
        rule: "stream-error",
        message: "The stream ended with an error event: overloaded_error: Overloaded.",
      },
    ]);
  });

  it("reports a stream that ends without message_stop at the end", () => {
    expect(rules([start, blockStart(0), textDelta(0)])).toEqual([[3, "incomplete"]]);
  });

  it("reports data that is not JSON and an event name that contradicts its data", () => {
    const broken: StreamItem = { kind: "event", name: "content_block_delta", data: "{oops" };
    expect(rules([start, broken, messageDelta, stop])).toEqual([[1, "json"]]);
    const misnamed: StreamItem = {
      kind: "event",
      name: "content_block_delta",
      data: JSON.stringify({ type: "content_block_stop", index: 0 }),
    };
    expect(
      rules([start, blockStart(0), misnamed, blockStop(0), messageDelta, stop]),
    ).toContainEqual([2, "event-name"]);
  });

  it("tolerates unknown event types, and names them in its notes", () => {
    const unknown = event("future_event", { anything: 1 });
    const report = checkProtocol([
      unknown,
      ...wellFormed.slice(0, 3),
      unknown,
      ...wellFormed.slice(3),
    ]);
    expect(report.ok).toBe(true);
    expect(report.notes.map((note) => note.index)).toEqual([0, 4]);
    expect(report.notes[0]?.message).toContain("future_event");
  });

  it("reports anything but pings after an error event, which ends the stream", () => {
    const error = event("error", { error: { type: "overloaded_error", message: "Overloaded" } });
    expect(rules([start, blockStart(0), error, ping, comment, textDelta(0), blockStop(0)])).toEqual(
      [
        [2, "stream-error"],
        [5, "after-error"],
        [6, "after-error"],
      ],
    );
  });

  it("reports a block still open at message_stop when no message_delta came", () => {
    expect(rules([start, blockStart(0), textDelta(0), stop])).toEqual([
      [3, "message-delta"],
      [3, "block-order"],
    ]);
  });

  it("survives data of every odd shape without throwing", () => {
    const odd = ["", "[DONE]", "null", "[1,2]", '"text"', "{", "1e999"].map(
      (data): StreamItem => ({ kind: "event", name: "content_block_delta", data }),
    );
    const unnamed: StreamItem = { kind: "event", name: "message", data: '{"type":"ping"}' };
    const hugeIndex = event("content_block_delta", {
      index: Number.MAX_SAFE_INTEGER,
      delta: { type: "text_delta", text: "x" },
    });
    const report = checkProtocol([start, ...odd, unnamed, hugeIndex, messageDelta, stop]);
    expect(report.violations.map((v) => v.rule)).toEqual([
      ...odd.map(() => "json"),
      "event-name",
      "block-order",
    ]);
  });
});
