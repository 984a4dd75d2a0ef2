import "server-only";
import http from "node:http";
import https from "node:https";
import { Readable } from "node:stream";
import zlib from "node:zlib";

/**
 * The call to ZenMux, made with node:http(s) rather than fetch. Measured with `npm run bench`
 * (BENCHMARKS.md): undici's fetch roughly doubles the server CPU per streamed event and adds
 * memory per stream, and Next.js's patched fetch adds tracing work to every request. The proxy
 * needs little of fetch: no redirects followed, no cache, the body as a web stream (for
 * `new Response`), the client's abort forwarded, and compressed bodies decoded.
 */

export interface UpstreamResponse {
  status: number;
  headers: Headers;
  body: ReadableStream<Uint8Array> | null;
}

export interface UpstreamInit {
  method: string;
  headers: Headers;
  body?: Uint8Array<ArrayBuffer>;
  signal: AbortSignal;
}

const AGENTS = {
  "http:": new http.Agent({ keepAlive: true }),
  "https:": new https.Agent({ keepAlive: true }),
};

/** fetch (undici) gave up connecting after 10 s; the proxy keeps that promise. */
const CONNECT_TIMEOUT_MS = 10_000;

/** The socket closed before any response: named so upstream-error.ts can say just that. */
export const CLOSED_BEFORE_RESPONSE = "UPSTREAM_CLOSED_BEFORE_RESPONSE";

function decoded(response: http.IncomingMessage): Readable {
  switch (response.headers["content-encoding"]?.trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return response.pipe(zlib.createGunzip());
    case "deflate":
      return response.pipe(zlib.createInflate());
    case "br":
      return response.pipe(zlib.createBrotliDecompress());
    default:
      return response;
  }
}

function headersOf(response: http.IncomingMessage): Headers {
  const headers = new Headers();
  const raw = response.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2)
    headers.append(raw[i] as string, raw[i + 1] as string);
  return headers;
}

/**
 * An idle keep-alive connection the upstream has just closed fails at once, before the request
 * reached it: that one case is retried on a fresh connection (Node's documented
 * `request.reusedSocket` pattern), so a busy proxy does not turn the race into 502s.
 */
function closedIdleConnection(request: http.ClientRequest, error: NodeJS.ErrnoException): boolean {
  return (
    request.reusedSocket &&
    (error.code === "ECONNRESET" || error.code === "EPIPE" || error.message === "socket hang up")
  );
}

export function requestUpstream(
  url: string,
  init: UpstreamInit,
  retried = false,
): Promise<UpstreamResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const protocol = target.protocol === "https:" ? "https:" : "http:";
    const headers: http.OutgoingHttpHeaders = Object.fromEntries(init.headers);
    headers["accept-encoding"] = "gzip, deflate, br";
    if (init.body) headers["content-length"] = init.body.byteLength;
    let answered = false;
    const request = (protocol === "https:" ? https : http).request(
      target,
      { method: init.method, headers, agent: AGENTS[protocol], signal: init.signal },
      (response) => {
        answered = true;
        const status = response.statusCode ?? 502;
        const bodiless = init.method === "HEAD" || status === 204 || status === 304;
        if (bodiless) response.resume();
        const body = bodiless ? null : decoded(response);
        // A decoder's error (corrupt gzip) must end the client's stream, like a broken socket.
        if (body && body !== response) response.once("error", (error) => body.destroy(error));
        resolve({
          status,
          headers: headersOf(response),
          body: body ? (Readable.toWeb(body) as ReadableStream<Uint8Array>) : null,
        });
      },
    );
    request.on("socket", (socket) => {
      if (!socket.connecting) return;
      const timer = setTimeout(() => {
        const error: NodeJS.ErrnoException = new Error("connection timed out");
        error.code = "ETIMEDOUT";
        request.destroy(error);
      }, CONNECT_TIMEOUT_MS);
      socket.once("connect", () => clearTimeout(timer));
      socket.once("close", () => clearTimeout(timer));
    });
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (answered) return;
      if (!retried && !init.signal.aborted && closedIdleConnection(request, error)) {
        resolve(requestUpstream(url, init, true));
        return;
      }
      if (error.message === "socket hang up") error.code = CLOSED_BEFORE_RESPONSE;
      reject(error);
    });
    request.end(init.body);
  });
}
