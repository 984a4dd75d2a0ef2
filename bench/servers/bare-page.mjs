import http from "node:http";

/**
 * The page baseline: a bare HTML page that streams the very same answer into a <pre>, with a
 * textarea to type in. It calls the project server's own endpoint through a pass-through on
 * this origin, so the bytes and the pace are identical to the playground's.
 * Usage: node bare-page.mjs <port> <project server URL>
 */

const port = Number(process.argv[2]);
const project = new URL(process.argv[3]);

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bare stream</title></head>
<body>
<label>Message 1 text <textarea aria-label="Message 1 text" rows="3" cols="60"></textarea></label>
<button type="button" id="run">Run</button>
<pre id="out" style="white-space: pre-wrap"></pre>
<script>
const out = document.getElementById("out");
const run = document.getElementById("run");
run.addEventListener("click", async () => {
  run.textContent = "Stop";
  const body = JSON.parse(localStorage.getItem("bench:body"));
  const response = await fetch("/api/anthropic/v1/messages", {
    method: "POST",
    headers: { "content-type": "application/json", "anthropic-version": "2023-06-01" },
    body: JSON.stringify(body),
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += value;
    const frames = buffer.split("\\n\\n");
    buffer = frames.pop();
    for (const frame of frames) {
      const data = frame.split("\\n").find((line) => line.startsWith("data: "));
      if (!data) continue;
      const event = JSON.parse(data.slice(6));
      if (event.type === "content_block_delta" && event.delta.type === "text_delta")
        out.append(event.delta.text);
    }
  }
  run.textContent = "Run";
});
</script>
</body></html>`;

const agent = new http.Agent({ keepAlive: true });

http
  .createServer((req, res) => {
    if (req.url?.startsWith("/api/")) {
      const out = http.request(
        {
          host: project.hostname,
          port: project.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
          agent,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      out.on("error", () => res.destroy());
      req.pipe(out);
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
  })
  .listen(port, "127.0.0.1", () => console.log(`ready ${port}`));
