import { describe, expect, it } from "vitest";
import { UsageTap } from "./usage-tap";

const encoder = new TextEncoder();
const STREAM = [
  'event: message_start\ndata: {"type":"message_start","message":{"usage":{"input_tokens":12,"output_tokens":1}}}\n\n',
  'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"the usage is"}}\n\n',
  'event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":40}}\n\n',
  'event: message_stop\ndata: {"type":"message_stop"}\n\n',
].join("");

/** Feeds `text` to a tap in chunks of `size` bytes, so lines and words break across chunks. */
function tapped(text: string, size: number) {
  const tap = new UsageTap(true);
  const bytes = encoder.encode(text);
  for (let at = 0; at < bytes.length; at += size) tap.chunk(bytes.subarray(at, at + size));
  return tap.result();
}

describe("UsageTap on an event stream", () => {
  it.each([1, 7, 64, 100_000])(
    "reads message_start's and message_delta's usage in chunks of %i bytes",
    (size) => {
      expect(tapped(STREAM, size)).toEqual({ input_tokens: 12, output_tokens: 40 });
    },
  );

  it("reports what arrived of a stream cut before its message_delta", () => {
    const cut = STREAM.slice(0, STREAM.indexOf("event: message_delta"));
    expect(tapped(cut, 16)).toEqual({ input_tokens: 12, output_tokens: 1 });
  });

  it("sees no usage in a stream without any", () => {
    expect(tapped('event: ping\ndata: {"type":"ping"}\n\n', 5)).toBeUndefined();
  });
});
