import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { type ListeningServer, listenOnLoopback } from "./loopback-server";

export type WebHandler = (request: Request) => Promise<Response>;

export type ServedHandler = ListeningServer;

/**
 * Serves a Web-standard handler (`Request` → `Response`, like a Next route handler) on a real
 * loopback node:http server, so tests exercise real HTTP: the body is streamed chunk by chunk as
 * the handler produces it, and the Request's signal aborts when the client disconnects.
 */
export function serve(handler: WebHandler): Promise<ServedHandler> {
  return listenOnLoopback(
    createServer((req, res) => {
      void handle(handler, req, res);
    }),
  );
}

async function handle(handler: WebHandler, req: IncomingMessage, res: ServerResponse) {
  const controller = new AbortController();
  // `close` on the response before it finished means the client went away.
  res.on("close", () => {
    if (!res.writableFinished) controller.abort(new Error("client disconnected"));
  });

  let response: Response;
  try {
    const request = await toWebRequest(req, controller.signal);
    response = await handler(request);
  } catch (error) {
    if (!res.headersSent && !res.destroyed) {
      res.writeHead(500, { "content-type": "application/json" });
      const message = error instanceof Error ? error.message : String(error);
      res.end(JSON.stringify({ type: "error", error: { type: "api_error", message } }));
    }
    return;
  }

  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name === "set-cookie") return;
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  res.writeHead(response.status, response.statusText, headers);
  res.flushHeaders();

  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  const onAbort = () => {
    void reader.cancel(controller.signal.reason).catch(() => {});
  };
  controller.signal.addEventListener("abort", onAbort, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) break;
      // Honour back-pressure so a slow client does not make us buffer without bound.
      if (!res.write(value)) await new Promise((resolve) => res.once("drain", resolve));
    }
    res.end();
  } catch {
    res.destroy();
  } finally {
    controller.signal.removeEventListener("abort", onAbort);
  }
}

async function toWebRequest(req: IncomingMessage, signal: AbortSignal): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? "GET";
  const url = `http://${req.headers.host ?? "127.0.0.1"}${req.url ?? "/"}`;
  // Streamed as it arrives, as Next does, so a body that stalls stalls the handler's read too.
  const body =
    method !== "GET" && method !== "HEAD"
      ? (Readable.toWeb(req) as unknown as ReadableStream<Uint8Array>)
      : undefined;
  return new Request(url, { method, headers, body, signal, duplex: "half" } as RequestInit);
}
