import http from "node:http";

/**
 * The benchmark's upstream: a loopback stand-in for ZenMux that answers POST /v1/messages.
 * `?events=0` gives a small JSON message (time to first byte, throughput); `?events=N&interval=ms`
 * gives an event stream of N text deltas, each stamped with the wall time it was written, so a
 * client can tell how long the event spent in whatever sits between.
 * Usage: node upstream.mjs <port>
 */

const port = Number(process.argv[2]);
const now = () => performance.timeOrigin + performance.now();

const MESSAGE = JSON.stringify({
  id: "bench0000000000000000",
  type: "message",
  role: "assistant",
  model: "anthropic/claude-sonnet-4.5",
  content: [{ type: "text", text: "Hello from the benchmark upstream. ".repeat(8) }],
  stop_reason: "end_turn",
  stop_sequence: null,
  usage: { input_tokens: 12, output_tokens: 64 },
});

const frame = (name, data) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;

function stream(res, events, interval) {
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache",
    "request-id": "req_bench",
  });
  res.write(frame("message_start", { type: "message_start", t: now() }));
  let sent = 0;
  let timer;
  const began = Date.now();
  const tick = () => {
    if (res.destroyed) return;
    sent += 1;
    res.write(
      frame("content_block_delta", {
        type: "content_block_delta",
        index: 0,
        delta: { type: "text_delta", text: " token" },
        n: sent,
        t: now(),
      }),
    );
    if (sent >= events) {
      res.end(frame("message_stop", { type: "message_stop", t: now() }));
      return;
    }
    // Paced against a schedule, so timer lateness does not accumulate.
    timer = setTimeout(tick, Math.max(0, began + (sent + 1) * interval - Date.now()));
  };
  timer = setTimeout(tick, interval);
  res.on("close", () => clearTimeout(timer));
}

http
  .createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://upstream");
      if (req.method !== "POST" || url.pathname !== "/v1/messages") {
        res.writeHead(404).end();
        return;
      }
      const events = Number(url.searchParams.get("events") ?? 0);
      if (events > 0) return stream(res, events, Number(url.searchParams.get("interval") ?? 100));
      res.writeHead(200, { "content-type": "application/json", "request-id": "req_bench" });
      res.end(MESSAGE);
    });
  })
  .listen(port, "127.0.0.1", () => console.log(`ready ${port}`));
