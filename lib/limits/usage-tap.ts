import "server-only";
import type { ResponseUsage } from "@/lib/anthropic/stream-accumulator";

/** A JSON answer bigger than this is not scanned for usage (no real Messages reply is). */
const MAX_JSON_BYTES = 4 * 1024 * 1024;

/**
 * Reads token usage from a proxied answer as it passes, without holding it: from an event
 * stream's `message_start` and `message_delta` lines, or from a JSON body's `usage`. Only lines
 * that mention usage are split and parsed, so a long stream costs a decode and a search per chunk.
 */
export class UsageTap {
  private usage: ResponseUsage | undefined;
  private decoder = new TextDecoder();
  private pending = "";
  private json: string[] | undefined;
  private jsonBytes = 0;

  constructor(private readonly eventStream: boolean) {
    if (!eventStream) this.json = [];
  }

  chunk(bytes: Uint8Array): void {
    const text = this.decoder.decode(bytes, { stream: true });
    if (!this.eventStream) {
      this.jsonBytes += bytes.byteLength;
      if (this.json && this.jsonBytes <= MAX_JSON_BYTES) this.json.push(text);
      else this.json = undefined;
      return;
    }
    const seen = this.pending + text;
    const end = seen.lastIndexOf("\n") + 1;
    this.pending = seen.slice(end);
    // Usage comes only in message_start and message_delta: most chunks hold no line to parse.
    if (end === 0 || !seen.includes('"usage"')) return;
    for (const line of seen.slice(0, end).split("\n"))
      if (line.includes('"usage"')) this.readEventLine(line);
  }

  /** The usage seen so far (a cut stream reports what arrived). */
  result(): ResponseUsage | undefined {
    if (this.json) {
      try {
        const body = JSON.parse(this.json.join("") + this.decoder.decode());
        this.json = undefined;
        if (body && typeof body.usage === "object") this.usage = body.usage;
      } catch {
        // Not JSON after all: no usage to report.
      }
    }
    return this.usage;
  }

  private readEventLine(line: string): void {
    if (!line.startsWith("data:")) return;
    try {
      const data = JSON.parse(line.slice(5));
      const usage = data?.type === "message_start" ? data.message?.usage : data?.usage;
      if (usage && typeof usage === "object") this.usage = { ...this.usage, ...usage };
    } catch {
      // A line the client will see as malformed too; nothing to count.
    }
  }
}
