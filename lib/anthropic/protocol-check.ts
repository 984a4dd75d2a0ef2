/**
 * Checks a streamed Messages response against the event grammar (docs/protocol.md#event-order),
 * so that a stream a gateway converted badly (a second `message_start`, a missing `message_stop`,
 * a delta for a block that never started) is reported with the index of the event that broke the
 * rule.
 * Pure: it reads the SSE items as the recorder saw them and knows nothing of the page.
 */

export type ProtocolRule =
  | "message-start"
  | "block-order"
  | "delta-type"
  | "tool-input-json"
  | "message-delta"
  | "usage"
  | "after-stop"
  | "stream-error"
  | "after-error"
  | "event-name"
  | "json"
  | "incomplete";

export interface ProtocolViolation {
  /** Index of the offending item in the stream (comments and pings count), or the item count
   * when the rule concerns the end of the stream. */
  index: number;
  rule: ProtocolRule;
  message: string;
}

/** Something the grammar allows but a reader should know of: an event type it does not define. */
export interface ProtocolNote {
  index: number;
  message: string;
}

export interface ProtocolReport {
  ok: boolean;
  violations: ProtocolViolation[];
  /** Unknown event types, tolerated as docs/protocol.md#event-order asks, but named. */
  notes: ProtocolNote[];
}

/** One item of a recorded stream, as the run recorder keeps it: an event or a `:` comment. */
export interface StreamItem {
  kind: "event" | "comment";
  /** The event name, or the comment's text. */
  name: string;
  data: string;
}

type BlockState = { type: string; stopped: boolean; json: string };

/** Which block type each delta type may change. */
const DELTA_TARGETS: Record<string, readonly string[]> = {
  text_delta: ["text"],
  citations_delta: ["text"],
  input_json_delta: ["tool_use", "server_tool_use", "mcp_tool_use"],
  thinking_delta: ["thinking"],
  signature_delta: ["thinking"],
};

const GRAMMAR_EVENTS = new Set([
  "message_start",
  "content_block_start",
  "content_block_delta",
  "content_block_stop",
  "message_delta",
  "message_stop",
]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function hasUsage(value: unknown): boolean {
  return isRecord(value) && isRecord(value.usage);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Reads the whole stream once; cost is linear in the number of events. */
export function checkProtocol(items: readonly StreamItem[]): ProtocolReport {
  const violations: ProtocolViolation[] = [];
  const notes: ProtocolNote[] = [];
  const report = (index: number, rule: ProtocolRule, message: string) =>
    violations.push({ index, rule, message });

  const blocks: BlockState[] = [];
  let started = false;
  let sawMessageDelta = false;
  let stopped = false;
  let errored = false;

  for (const [index, item] of items.entries()) {
    if (item.kind === "comment") continue;
    const name = item.name;
    if (name === "ping") continue;
    if (stopped) {
      report(index, "after-stop", `"${name}" arrived after message_stop.`);
      continue;
    }
    // An error event ends the stream: a gateway that goes on sending has lost track of it.
    if (errored) {
      report(index, "after-error", `"${name}" arrived after the stream's error event.`);
      continue;
    }
    const parsed = parseJson(item.data);
    if (!parsed.ok || !isRecord(parsed.value)) {
      report(index, "json", `The data of "${name}" is not a JSON object.`);
      continue;
    }
    const data = parsed.value;
    if (typeof data.type === "string" && data.type !== name) {
      report(index, "event-name", `The event is named "${name}" but its data says "${data.type}".`);
    }
    if (name === "error") {
      errored = true;
      const error = isRecord(data.error) ? data.error : {};
      const type = typeof error.type === "string" ? error.type : "unknown";
      const message = typeof error.message === "string" ? error.message : "";
      report(
        index,
        "stream-error",
        `The stream ended with an error event: ${type}${message ? `: ${message}` : ""}.`,
      );
      continue;
    }
    // Unknown event types are tolerated (docs/protocol.md#event-order), but named.
    if (!GRAMMAR_EVENTS.has(name)) {
      notes.push({ index, message: `Unknown event type "${name}", tolerated.` });
      continue;
    }
    if (!started && name !== "message_start") {
      report(index, "message-start", `"${name}" arrived before message_start.`);
    }
    switch (name) {
      case "message_start":
        if (started) report(index, "message-start", "message_start arrived a second time.");
        else if (!hasUsage(data.message)) report(index, "usage", "message_start carries no usage.");
        started = true;
        break;
      case "content_block_start":
        blockStart(index, data);
        break;
      case "content_block_delta":
        blockDelta(index, data);
        break;
      case "content_block_stop":
        blockStop(index, data);
        break;
      case "message_delta": {
        reportOpenBlock(index, "message_delta");
        if (!hasUsage(data) && !hasUsage(data.delta))
          report(index, "usage", "message_delta carries no usage.");
        sawMessageDelta = true;
        break;
      }
      case "message_stop":
        if (!sawMessageDelta) {
          report(index, "message-delta", "message_stop arrived without a message_delta before it.");
          reportOpenBlock(index, "message_stop");
        }
        stopped = true;
        break;
    }
  }

  if (!stopped && !errored) {
    report(items.length, "incomplete", "The stream ended without message_stop.");
  }
  return { ok: violations.length === 0, violations, notes };

  function reportOpenBlock(index: number, name: string): void {
    const open = blocks.findIndex((block) => !block.stopped);
    if (open !== -1)
      report(index, "block-order", `${name} arrived while block ${open} was still open.`);
  }

  function blockIndex(index: number, data: Record<string, unknown>): number | undefined {
    const value = data.index;
    if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
    report(index, "block-order", `"${String(data.type)}" has no valid block index.`);
    return undefined;
  }

  function blockStart(index: number, data: Record<string, unknown>): void {
    const at = blockIndex(index, data);
    if (at === undefined) return;
    if (at !== blocks.length) {
      report(
        index,
        "block-order",
        `Block ${at} started where block ${blocks.length} was expected.`,
      );
      return;
    }
    const previous = blocks[at - 1];
    if (previous && !previous.stopped) {
      report(index, "block-order", `Block ${at} started before block ${at - 1} stopped.`);
    }
    const block = isRecord(data.content_block) ? data.content_block : {};
    blocks.push({
      type: typeof block.type === "string" ? block.type : "unknown",
      stopped: false,
      json: "",
    });
  }

  function openBlock(
    index: number,
    data: Record<string, unknown>,
    verb: string,
  ): BlockState | undefined {
    const at = blockIndex(index, data);
    if (at === undefined) return undefined;
    const block = blocks[at];
    if (!block) {
      report(index, "block-order", `Block ${at} ${verb} before it started.`);
      return undefined;
    }
    if (block.stopped) {
      report(index, "block-order", `Block ${at} ${verb} after it stopped.`);
      return undefined;
    }
    return block;
  }

  function blockDelta(index: number, data: Record<string, unknown>): void {
    const block = openBlock(index, data, "changed");
    if (!block) return;
    const delta = isRecord(data.delta) ? data.delta : {};
    const type = typeof delta.type === "string" ? delta.type : "unknown";
    const targets = DELTA_TARGETS[type];
    if (targets && !targets.includes(block.type)) {
      report(
        index,
        "delta-type",
        `A ${type} changed block ${String(data.index)}, which is a ${block.type} block.`,
      );
    }
    if (type === "input_json_delta" && typeof delta.partial_json === "string") {
      block.json += delta.partial_json;
    }
  }

  function blockStop(index: number, data: Record<string, unknown>): void {
    const block = openBlock(index, data, "stopped");
    if (!block) return;
    block.stopped = true;
    if (DELTA_TARGETS.input_json_delta?.includes(block.type) && block.json !== "") {
      if (!parseJson(block.json).ok) {
        report(
          index,
          "tool-input-json",
          `The input_json_delta pieces of block ${String(data.index)} do not join into valid JSON.`,
        );
      }
    }
  }
}
