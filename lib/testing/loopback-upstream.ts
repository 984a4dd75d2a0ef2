import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type ListeningServer, listenOnLoopback } from "./loopback-server";

/** What a loopback upstream saw of one request. */
export interface RecordedRequest {
  method: string;
  /** Path with query string, as sent. */
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

export interface LoopbackUpstream extends ListeningServer {
  requests: RecordedRequest[];
}

/**
 * A raw node:http server standing in for ZenMux in proxy tests: it records every request exactly
 * as received and lets the test answer with whatever bytes, timing or misbehaviour it needs.
 */
export async function startUpstream(
  respond: (
    request: RecordedRequest,
    res: ServerResponse,
    req: IncomingMessage,
  ) => void | Promise<void>,
): Promise<LoopbackUpstream> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      requests.push(recorded);
      void Promise.resolve(respond(recorded, res, req)).catch(() => res.destroy());
    });
  });
  return { ...(await listenOnLoopback(server)), requests };
}

/** A loopback port with nothing listening on it. */
export async function closedPortUrl(): Promise<string> {
  const server = await listenOnLoopback(createServer());
  await server.close();
  return server.url;
}
