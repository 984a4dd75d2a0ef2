// Loaded with `node --require` into every benchmarked server process: once a second it appends
// the event loop's delay (p50, p99, max, in ms) to BENCH_PROBE_DIR/<pid>.jsonl, then resets.
const { monitorEventLoopDelay } = require("node:perf_hooks");
const { appendFileSync } = require("node:fs");
const path = require("node:path");

const dir = process.env.BENCH_PROBE_DIR;
if (dir) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const file = path.join(dir, `${process.pid}.jsonl`);
  setInterval(() => {
    const ms = (ns) => Math.round(ns / 1e4) / 100;
    appendFileSync(
      file,
      `${JSON.stringify({ t: Date.now(), p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) })}\n`,
    );
    histogram.reset();
  }, 1000).unref();
}
