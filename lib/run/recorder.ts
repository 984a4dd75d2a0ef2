/**
 * The recorder: takes a response as it arrives and keeps it as a Recording (the exact text, chunk
 * by chunk with arrival offsets), and derives from it what the views show, a RunSnapshot (each SSE
 * item with its time for Events, the message for Response, metrics, the error). Live runs
 * (send-run.ts), restored runs (derive-run.ts) and replays (recording-feed.ts) all go through it.
 * Pure: times come in as arguments.
 */
import { normaliseError } from "@/lib/anthropic/errors";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { SseParser } from "@/lib/anthropic/sse";
import {
  type AccumulatorState,
  accumulate,
  initialAccumulatorState,
  isContentDelta,
  type ResponseMessage,
  toResponseMessage,
} from "@/lib/anthropic/stream-accumulator";
import type { RunMode } from "@/lib/keys/run-mode";
import type { Recording, RecordingEnd } from "@/lib/run/recording";
import { type RunOrigin, withoutSecretHeaders } from "@/lib/run/run-origin";

/** Where a run is: not started, under way, or how it ended. */
export type RunStatus = "idle" | "running" | "done" | "error" | "stopped";

/** One item of an SSE stream (an event or a comment) with the time it arrived. */
export interface TimedSseItem {
  /** Milliseconds since the request was sent. */
  offsetMs: number;
  kind: "event" | "comment";
  /** The event name, or the comment's text. */
  name: string;
  data: string;
}

/** Why a run failed, in one shape for HTTP errors, stream errors and network failures. */
export interface RunError {
  status?: number;
  type: string;
  message: string;
  code?: string;
  requestId?: string;
  /** Seconds, from `retry-after`. */
  retryAfterSec?: number;
  /** `stream`: the response started (partial output may exist) and then broke. */
  phase: "response" | "stream" | "network";
}

/**
 * The run as every view shows it: what the recorder has derived from the recording so far. The
 * same type for a live run, a restored one and a replay (`origin` says which); a finished run's
 * last snapshot is what `deriveRun` gives back for its recording.
 */
export interface RunSnapshot {
  status: RunStatus;
  request?: PlaygroundRequest;
  /** Wall-clock time the run started (ms since epoch). */
  startedAtEpoch?: number;
  /** Milliseconds from send to the response's headers. */
  responseMs?: number;
  /** Milliseconds from send to the first content delta (streams) or the response (otherwise). */
  firstTokenMs?: number;
  /** Milliseconds from send to the end; absent while running. */
  totalMs?: number;
  httpStatus?: number;
  headers: [string, string][];
  streamed: boolean;
  raw: string;
  events: TimedSseItem[];
  message?: ResponseMessage;
  error?: RunError;
  /** Live, restored or replayed: a kept run must never pass for a live answer. */
  origin: RunOrigin;
  /** Which key the run used (a demo answer must not pass for a real model's). */
  mode: RunMode;
  /** Content deltas received, and their characters: what a stopped stream's estimate rests on. */
  contentDeltas: number;
  contentChars: number;
  /** Offset of the last content delta. */
  lastDeltaMs?: number;
}

/** No run on screen yet. */
export const IDLE_SNAPSHOT: RunSnapshot = {
  status: "idle",
  headers: [],
  streamed: false,
  raw: "",
  events: [],
  origin: { kind: "live" },
  mode: "demo",
  contentDeltas: 0,
  contentChars: 0,
};

/** `retry-after` in seconds (delta-seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, nowEpoch: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - nowEpoch) / 1000));
}

function requestIdOf(headers: readonly [string, string][], body?: unknown): string | undefined {
  const find = (name: string) => headers.find(([key]) => key.toLowerCase() === name)?.[1];
  const fromBody =
    typeof body === "object" && body !== null
      ? (body as { request_id?: unknown }).request_id
      : undefined;
  return (
    find("x-zenmux-requestid") ??
    find("request-id") ??
    (typeof fromBody === "string" ? fromBody : undefined)
  );
}

/** The characters a content delta adds: text, thinking or a tool's input JSON. */
function deltaChars(data: unknown): number {
  const delta = (data as { delta?: Record<string, unknown> }).delta ?? {};
  const part = delta.text ?? delta.thinking ?? delta.partial_json;
  return typeof part === "string" ? part.length : 0;
}

/**
 * Records a response as it arrives and derives what the views show from it. Live runs call it as
 * bytes arrive; restored runs and replays feed it a recording (`deriveRun`), so all three render
 * by the same path. `snapshot()` is cheap enough to call once per frame.
 */
export class RunRecorder {
  private status: RunStatus = "running";
  private responseMs?: number;
  private firstTokenMs?: number;
  private totalMs?: number;
  private httpStatus?: number;
  private headers: [string, string][] = [];
  private streamed = false;
  private raw = "";
  private events: TimedSseItem[] = [];
  private acc: AccumulatorState = initialAccumulatorState();
  private hasMessage = false;
  private error?: RunError;
  private contentDeltas = 0;
  private contentChars = 0;
  private lastDeltaMs?: number;
  private readonly parser = new SseParser();
  private readonly record: Recording;

  constructor(
    request: PlaygroundRequest,
    startedAtEpoch: number,
    mode: RunMode = "demo",
    private readonly origin: RunOrigin = { kind: "live" },
  ) {
    this.record = { request, mode, startedAtEpoch, chunks: [] };
  }

  response(status: number, headers: [string, string][], streamed: boolean, atMs: number): void {
    const kept = withoutSecretHeaders(headers);
    this.record.response = { status, headers: kept, streamed, atMs };
    this.httpStatus = status;
    this.headers = kept;
    this.streamed = streamed;
    this.responseMs = atMs;
  }

  text(chunk: string, atMs: number): void {
    if (!chunk) return;
    this.record.chunks.push({ atMs, text: chunk });
    this.raw += chunk;
    if (this.streamed) this.sse(this.parser.push(chunk), atMs);
  }

  private sse(items: ReturnType<SseParser["push"]>, atMs: number): void {
    for (const item of items) {
      if (item.kind === "comment") {
        this.events.push({ offsetMs: atMs, kind: "comment", name: item.text, data: "" });
        continue;
      }
      this.events.push({ offsetMs: atMs, kind: "event", name: item.event, data: item.data });
      let data: unknown;
      try {
        data = JSON.parse(item.data);
      } catch {
        continue;
      }
      if (isContentDelta(data)) {
        this.firstTokenMs ??= atMs;
        this.contentDeltas += 1;
        this.contentChars += deltaChars(data);
        this.lastDeltaMs = atMs;
      }
      this.acc = accumulate(this.acc, item.event, data);
      this.hasMessage = true;
    }
  }

  /** The body ended normally. */
  end(atMs: number, nowEpoch: number): void {
    this.record.end = { how: "ended", atMs, epoch: nowEpoch };
    this.totalMs = atMs;
    const status = this.httpStatus ?? 0;
    if (this.streamed) this.sse(this.parser.end(), atMs);
    let body: unknown;
    try {
      body = this.streamed ? undefined : JSON.parse(this.raw);
    } catch {
      body = this.raw;
    }
    if (status < 200 || status >= 300) {
      const normalised = normaliseError(body, status);
      this.fail({
        status,
        type: normalised.type,
        message: normalised.message,
        ...(normalised.code ? { code: normalised.code } : {}),
        requestId: requestIdOf(this.headers, body),
        retryAfterSec: parseRetryAfter(this.header("retry-after"), nowEpoch),
        phase: "response",
      });
      return;
    }
    if (!this.streamed) {
      if (typeof body !== "object" || body === null) {
        this.fail({
          status,
          type: "invalid_response",
          message: "The response was not JSON.",
          phase: "response",
        });
        return;
      }
      this.acc = { ...this.acc, message: toResponseMessage(body), complete: true };
      this.hasMessage = true;
      this.status = "done";
      return;
    }
    if (this.acc.error) {
      this.fail({
        status,
        ...this.acc.error,
        requestId: requestIdOf(this.headers),
        phase: "stream",
      });
    } else if (!this.acc.complete) {
      this.fail({
        status,
        type: "incomplete_stream",
        message: "The stream ended before message_stop.",
        requestId: requestIdOf(this.headers),
        phase: "stream",
      });
    } else {
      this.status = "done";
    }
  }

  /** Fetch or reading threw: the user stopped it, or the connection dropped. */
  abort(error: unknown, aborted: boolean, atMs: number, nowEpoch: number = Date.now()): void {
    if (aborted) this.stopped(atMs, nowEpoch);
    else this.dropped(error instanceof Error ? error.message : String(error), atMs, nowEpoch);
  }

  stopped(atMs: number, nowEpoch: number): void {
    this.record.end = { how: "stopped", atMs, epoch: nowEpoch };
    this.totalMs = atMs;
    this.status = "stopped";
  }

  dropped(message: string, atMs: number, nowEpoch: number): void {
    this.record.end = { how: "dropped", atMs, epoch: nowEpoch, message };
    this.totalMs = atMs;
    const started = this.httpStatus !== undefined;
    this.fail({
      ...(started ? { status: this.httpStatus } : {}),
      type: "network_error",
      message: started ? `The connection dropped: ${message}` : `The request failed: ${message}`,
      requestId: requestIdOf(this.headers),
      phase: started ? "stream" : "network",
    });
  }

  /** Applies a recording's ending, as the live run met it. */
  finish(end: RecordingEnd): void {
    if (end.how === "ended") this.end(end.atMs, end.epoch);
    else if (end.how === "stopped") this.stopped(end.atMs, end.epoch);
    else this.dropped(end.message ?? "unknown reason", end.atMs, end.epoch);
  }

  private fail(error: RunError): void {
    this.status = "error";
    this.error = error;
  }

  private header(name: string): string | null {
    return this.headers.find(([key]) => key.toLowerCase() === name)?.[1] ?? null;
  }

  /** What was recorded so far: a copy, safe to keep while the run goes on. */
  recording(): Recording {
    return { ...this.record, chunks: this.record.chunks.slice() };
  }

  snapshot(): RunSnapshot {
    const { request, startedAtEpoch } = this.record;
    return {
      status: this.status,
      request,
      startedAtEpoch,
      responseMs: this.responseMs,
      // A non-streamed answer has no first token, only its first byte (`responseMs`).
      firstTokenMs: this.firstTokenMs,
      totalMs: this.totalMs,
      httpStatus: this.httpStatus,
      headers: this.headers,
      streamed: this.streamed,
      raw: this.raw,
      // Not a copy: the list only grows, and views re-render with every snapshot anyway. A copy
      // per draw grew with the stream (20,000 events at the end of a long answer) and left
      // large-object garbage that forced major collections mid-stream.
      events: this.events,
      message: this.hasMessage ? this.acc.message : undefined,
      error: this.error,
      origin: this.origin,
      mode: this.record.mode,
      contentDeltas: this.contentDeltas,
      contentChars: this.contentChars,
      lastDeltaMs: this.lastDeltaMs,
    };
  }
}
