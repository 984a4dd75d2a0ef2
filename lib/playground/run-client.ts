/**
 * Runs one Messages request through our proxy and records everything the response says, as it
 * arrives: the exact text (for Raw), each SSE item with its time (for Events), and the message
 * the events build (for Response). Pure apart from the injected fetch and clock.
 */
import { normaliseError } from "@/lib/anthropic/errors";
import { ANTHROPIC_VERSION } from "@/lib/anthropic/protocol";
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

const MESSAGES_PATH = "/api/anthropic/v1/messages";

export type RunStatus = "idle" | "running" | "done" | "error" | "stopped";

export interface TimedSseItem {
  /** Milliseconds since the request was sent. */
  offsetMs: number;
  kind: "event" | "comment";
  /** The event name, or the comment's text. */
  name: string;
  data: string;
}

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
}

export const IDLE_SNAPSHOT: RunSnapshot = {
  status: "idle",
  headers: [],
  streamed: false,
  raw: "",
  events: [],
};

/** The headers every call to our proxy carries: version, betas if any, and the user's key. */
export function proxyHeaders(
  keyHeaders: Record<string, string>,
  betas: readonly string[] = [],
): Record<string, string> {
  return {
    "content-type": "application/json",
    "anthropic-version": ANTHROPIC_VERSION,
    ...(betas.length > 0 ? { "anthropic-beta": betas.join(",") } : {}),
    ...keyHeaders,
  };
}

export const runHeaders = (request: PlaygroundRequest, keyHeaders: Record<string, string>) =>
  proxyHeaders(keyHeaders, request.betas);

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

function isAbort(error: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (error instanceof Error && error.name === "AbortError");
}

/** Collects a response as it arrives; `snapshot()` is cheap enough to call once per frame. */
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
  private readonly parser = new SseParser();

  constructor(
    private readonly request: PlaygroundRequest,
    private readonly startedAtEpoch: number,
  ) {}

  response(status: number, headers: [string, string][], streamed: boolean, atMs: number): void {
    this.httpStatus = status;
    this.headers = headers;
    this.streamed = streamed;
    this.responseMs = atMs;
  }

  text(chunk: string, atMs: number): void {
    if (!chunk) return;
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
      if (this.firstTokenMs === undefined && isContentDelta(data)) this.firstTokenMs = atMs;
      this.acc = accumulate(this.acc, item.event, data);
      this.hasMessage = true;
    }
  }

  /** The body ended normally. */
  end(atMs: number, nowEpoch: number): void {
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
      this.firstTokenMs = this.responseMs;
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
  abort(error: unknown, aborted: boolean, atMs: number): void {
    this.totalMs = atMs;
    if (aborted) {
      this.status = "stopped";
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    const started = this.httpStatus !== undefined;
    this.fail({
      ...(started ? { status: this.httpStatus } : {}),
      type: "network_error",
      message: started ? `The connection dropped: ${message}` : `The request failed: ${message}`,
      requestId: requestIdOf(this.headers),
      phase: started ? "stream" : "network",
    });
  }

  private fail(error: RunError): void {
    this.status = "error";
    this.error = error;
  }

  private header(name: string): string | null {
    return this.headers.find(([key]) => key.toLowerCase() === name)?.[1] ?? null;
  }

  snapshot(): RunSnapshot {
    return {
      status: this.status,
      request: this.request,
      startedAtEpoch: this.startedAtEpoch,
      responseMs: this.responseMs,
      firstTokenMs: this.firstTokenMs,
      totalMs: this.totalMs,
      httpStatus: this.httpStatus,
      headers: this.headers,
      streamed: this.streamed,
      raw: this.raw,
      // A copy, so a memoised view sees a new list when events were added.
      events: this.events.slice(),
      message: this.hasMessage ? this.acc.message : undefined,
      error: this.error,
    };
  }
}

export interface ExecuteOptions {
  fetchImpl?: typeof fetch;
  signal?: AbortSignal;
  /** A monotonic clock in ms. */
  now?: () => number;
  nowEpoch?: () => number;
  keyHeaders?: Record<string, string>;
  /** Called after every chunk; the caller decides when to read `recorder.snapshot()`. */
  onProgress?: (recorder: RunRecorder) => void;
  url?: string;
}

/** Sends the request and reads the body as bytes arrive, until it ends, breaks or is stopped. */
export async function executeRun(
  request: PlaygroundRequest,
  options: ExecuteOptions = {},
): Promise<RunSnapshot> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const now = options.now ?? (() => performance.now());
  const nowEpoch = options.nowEpoch ?? Date.now;
  const t0 = now();
  const elapsed = () => Math.round(now() - t0);
  const recorder = new RunRecorder(request, nowEpoch());
  try {
    const response = await fetchImpl(options.url ?? MESSAGES_PATH, {
      method: "POST",
      headers: runHeaders(request, options.keyHeaders ?? {}),
      body: JSON.stringify(request.body),
      signal: options.signal,
    });
    const streamed = (response.headers.get("content-type") ?? "").includes("text/event-stream");
    recorder.response(response.status, [...response.headers.entries()], streamed, elapsed());
    options.onProgress?.(recorder);
    if (response.body) {
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        recorder.text(decoder.decode(value, { stream: true }), elapsed());
        options.onProgress?.(recorder);
      }
      recorder.text(decoder.decode(), elapsed());
    }
    recorder.end(elapsed(), nowEpoch());
  } catch (error) {
    recorder.abort(error, isAbort(error, options.signal), elapsed());
  }
  options.onProgress?.(recorder);
  return recorder.snapshot();
}
