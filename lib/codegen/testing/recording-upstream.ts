import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { formatSseEvent } from "@/lib/anthropic/sse";

/** One request as it arrived at the recorder. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface RecordingUpstream {
  /** A base URL whose requests are filed under `run`, e.g. `http://127.0.0.1:1234/run/7`. */
  baseUrl(run: string): string;
  requests(run: string): RecordedRequest[];
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

/**
 * A loopback Anthropic-compatible upstream that records every request and answers with a valid
 * message (or SSE stream when the body asks for one). The text every client prints is "Recorded.".
 */
export async function startRecordingUpstream(): Promise<RecordingUpstream> {
  const recorded = new Map<string, RecordedRequest[]>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = req.url ?? "/";
      const match = /^\/run\/([^/]+)(\/.*)$/.exec(url);
      const run = match?.[1] ?? "";
      const text = Buffer.concat(chunks).toString("utf8");
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Kept as text: the test's comparison will show what arrived.
      }
      const list = recorded.get(run) ?? [];
      list.push({ method: req.method ?? "", path: match?.[2] ?? url, headers: req.headers, body });
      recorded.set(run, list);
      const model = (body as { model?: unknown } | null)?.model;
      if ((body as { stream?: unknown } | null)?.stream === true) {
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.end(sse(model));
      } else {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(message(model)));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: (run) => `http://127.0.0.1:${port}/run/${run}`,
    requests: (run) => recorded.get(run) ?? [],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export { REPLY_TEXT };
