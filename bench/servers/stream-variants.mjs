import http from "node:http";
import { Readable } from "node:stream";

/**
 * Anatomy of a streamed proxy, outside Next.js: the same pass-through built four ways, to price
 * each layer a route handler adds per event. Usage: node stream-variants.mjs <variant> <port> <upstream>
 *   node-pipe        node:http upstream piped into the response (the floor)
 *   node-web         node:http upstream wrapped as a web ReadableStream, written chunk by chunk
 *   fetch-web        fetch() upstream, its web body written chunk by chunk (a route handler's work)
 *   fetch-pipeto     fetch() upstream, body.pipeTo(a WritableStream over the response), as Next does
 */

const [variant, portText, upstreamText] = process.argv.slice(2);
const upstream = new URL(upstreamText);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

function nodeUpstream(req) {
  return new Promise((resolve, reject) => {
    const out = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: "POST",
        path: (req.url ?? "/").replace(/^\/api\/anthropic/, ""),
        headers: { "content-type": "application/json", "anthropic-version": "2023-06-01" },
        agent,
      },
      resolve,
    );
    out.on("error", reject);
    req.pipe(out);
  });
}

async function fetchUpstream(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return fetch(`${upstream.origin}${(req.url ?? "/").replace(/^\/api\/anthropic/, "")}`, {
    method: "POST",
    headers: { "content-type": "application/json", "anthropic-version": "2023-06-01" },
    body: Buffer.concat(chunks),
  });
}

async function writeWeb(body, res) {
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!res.write(value)) await new Promise((resolve) => res.once("drain", resolve));
  }
  res.end();
}

/** Roughly Next's pipeToNodeResponse: a WritableStream over the response, flushed per chunk. */
function responseWriter(res) {
  return new WritableStream({
    write(chunk) {
      const ok = res.write(chunk);
      if (!ok) return new Promise((resolve) => res.once("drain", resolve));
    },
    close() {
      res.end();
    },
  });
}

const HEADERS = { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" };

const handlers = {
  "node-pipe": async (req, res) => {
    const answer = await nodeUpstream(req);
    res.writeHead(200, HEADERS);
    answer.pipe(res);
  },
  "node-web": async (req, res) => {
    const answer = await nodeUpstream(req);
    res.writeHead(200, HEADERS);
    await writeWeb(Readable.toWeb(answer), res);
  },
  "fetch-web": async (req, res) => {
    const answer = await fetchUpstream(req);
    res.writeHead(200, HEADERS);
    await writeWeb(answer.body, res);
  },
  "fetch-pipeto": async (req, res) => {
    const answer = await fetchUpstream(req);
    res.writeHead(200, HEADERS);
    await answer.body.pipeTo(responseWriter(res));
  },
};

const handle = handlers[variant];
if (!handle) throw new Error(`unknown variant ${variant}`);
http
  .createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  })
  .listen(Number(portText), "127.0.0.1", () => console.log(`ready ${portText}`));
