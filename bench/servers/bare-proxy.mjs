import http from "node:http";

/**
 * The floor of proxying: a minimal node:http pass-through, no checks, no web streams.
 * Usage: node bare-proxy.mjs <port> <upstream base URL>
 */

const port = Number(process.argv[2]);
const upstream = new URL(process.argv[3]);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

http
  .createServer((req, res) => {
    const path = (req.url ?? "/").replace(/^\/api\/anthropic/, "");
    const out = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path,
        headers: { ...req.headers, host: upstream.host },
        agent,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on("error", () => res.destroy());
    res.on("close", () => out.destroy());
    req.pipe(out);
  })
  .listen(port, "127.0.0.1", () => console.log(`ready ${port}`));
