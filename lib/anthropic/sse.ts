/**
 * An incremental reader of `text/event-stream` text, per the WHATWG rules that matter here:
 * any line ending, `:` comment lines (ZenMux's `: ZENMUX PROCESSING` keep-alive), multi-line data
 * (docs/protocol.md#event-stream-format).
 */

export type SseItem =
  | { kind: "event"; event: string; data: string }
  | { kind: "comment"; text: string };

export class SseParser {
  private buffer = "";
  private event = "";
  private data: string[] = [];

  /** Feeds a chunk of text and returns the items it completes. */
  push(chunk: string): SseItem[] {
    this.buffer += chunk;
    const items: SseItem[] = [];
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.buffer);
      // A lone trailing \r may be the first half of \r\n: wait for the next chunk.
      if (!match || (match[0] === "\r" && match.index === this.buffer.length - 1)) break;
      const line = this.buffer.slice(0, match.index);
      this.buffer = this.buffer.slice(match.index + match[0].length);
      const item = this.line(line);
      if (item) items.push(item);
    }
    return items;
  }

  /** Ends the stream: an event not closed by a blank line is dispatched anyway. */
  end(): SseItem[] {
    const items = this.buffer ? this.push("\n") : [];
    const last = this.line("");
    return last ? [...items, last] : items;
  }

  private line(line: string): SseItem | undefined {
    if (line === "") {
      if (this.data.length === 0 && !this.event) return undefined;
      const item: SseItem = {
        kind: "event",
        event: this.event || "message",
        data: this.data.join("\n"),
      };
      this.event = "";
      this.data = [];
      return item;
    }
    if (line.startsWith(":")) return { kind: "comment", text: line.slice(1).trimStart() };
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") this.event = value;
    else if (field === "data") this.data.push(value);
    return undefined;
  }
}

/** Formats one SSE event as Anthropic and ZenMux send it. */
export function formatSseEvent(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
