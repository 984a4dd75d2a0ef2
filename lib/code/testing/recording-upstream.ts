import type { IncomingHttpHeaders } from "node:http";
import { formatSseEvent } from "@/lib/anthropic/sse";
import { type RecordedRequest, startUpstream } from "@/lib/testing/loopback-upstream";

/** One request filed under a run: its path relative to the run's base URL, its body parsed. */
interface RunRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface RecordingUpstream {
  /** A base URL whose requests are filed under `run`, e.g. `http://127.0.0.1:1234/run/7`. */
  baseUrl(run: string): string;
  requests(run: string): RunRequest[];
  close(): Promise<void>;
}

const REPLY_TEXT = "Recorded.";

function message(model: unknown) {
  return {
    id: "msg_recorded",
    type: "message",
    role: "assistant",
    model: typeof model === "string" ? model : "unknown",
    content: [{ type: "text", text: REPLY_TEXT }],
    stop_reason: "end_turn",
    stop_sequence: null,
    usage: { input_tokens: 3, output_tokens: 2 },
  };
}

function sse(model: unknown): string {
  const { content, ...start } = message(model);
  return [
    formatSseEvent("message_start", {
      type: "message_start",
      message: {
        ...start,
        content: [],
        stop_reason: null,
        usage: { input_tokens: 3, output_tokens: 0 },
      },
    }),
    formatSseEvent("content_block_start", {
      type: "content_block_start",
      index: 0,
      content_block: { type: "text", text: "" },
    }),
    ...["Rec", "orded."].map((text) =>
      formatSseEvent("content_block_delta", {
        type: "content_block_delta",
        index: 0,
        delta: { type: "text_delta", text },
      }),
    ),
    formatSseEvent("content_block_stop", { type: "content_block_stop", index: 0 }),
    formatSseEvent("message_delta", {
      type: "message_delta",
      delta: { stop_reason: "end_turn", stop_sequence: null },
      usage: { output_tokens: 2 },
    }),
    formatSseEvent("message_stop", { type: "message_stop" }),
  ].join("");
}

const RUN_PATH = /^\/run\/([^/]+)(\/.*)$/;

function parseBody(raw: Buffer): unknown {
  const text = raw.toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    // Kept as text: the test's comparison will show what arrived.
    return text;
  }
}

function inRun(run: string, request: RecordedRequest): RunRequest | undefined {
  const match = RUN_PATH.exec(request.url);
  if ((match?.[1] ?? "") !== run) return undefined;
  const { method, headers, body } = request;
  return { method, path: match?.[2] ?? request.url, headers, body: parseBody(body) };
}

/**
 * A loopback Anthropic-compatible upstream that records every request and answers with a valid
 * message (or SSE stream when the body asks for one). The text every client prints is "Recorded.".
 */
export async function startRecordingUpstream(): Promise<RecordingUpstream> {
  const upstream = await startUpstream((request, res) => {
    const body = parseBody(request.body) as { model?: unknown; stream?: unknown } | null;
    if (body?.stream === true) {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end(sse(body.model));
    } else {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(message(body?.model)));
    }
  });
  return {
    baseUrl: (run) => `${upstream.url}/run/${run}`,
    requests: (run) => upstream.requests.flatMap((request) => inRun(run, request) ?? []),
    close: upstream.close,
  };
}

export { REPLY_TEXT };
