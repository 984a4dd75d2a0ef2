import http from "node:http";
import { percentile, round } from "./stats.mjs";

/**
 * The benchmark's HTTP client, run as its own process so that its work does not share an event
 * loop with the orchestrator. Reads a JSON job from argv[2], prints a JSON result on stdout.
 *   requests: time to first byte and throughput of small JSON answers, per target
 *   streams:  event streams whose every event carries the upstream's send time
 */

const now = () => performance.timeOrigin + performance.now();
const BODY = JSON.stringify({
  model: "anthropic/claude-sonnet-4.5",
  max_tokens: 256,
  messages: [{ role: "user", content: "Benchmark request: say hello in a few words." }],
});
const HEADERS = {
  "content-type": "application/json",
  "anthropic-version": "2023-06-01",
  "content-length": Buffer.byteLength(BODY),
};

function post(url, agent, onResponse) {
  return new Promise((resolve) => {
    const started = now();
    const request = http.request(url, { method: "POST", headers: HEADERS, agent }, (response) =>
      onResponse(response, started, resolve),
    );
    // When it failed tells a server timeout (a fixed delay) from a refused connection (at once).
    request.on("error", (error) =>
      resolve({ error: error.code ?? error.message, failedAfterMs: now() - started }),
    );
    request.end(BODY);
  });
}

/** One small request: time to the response headers, then the body drained. */
function timedRequest(url, agent) {
  return post(url, agent, (response, started, resolve) => {
    const ttfb = now() - started;
    response.resume();
    response.on("end", () =>
      resolve(response.statusCode === 200 ? { ttfb } : { error: `HTTP ${response.statusCode}` }),
    );
    response.on("error", () => resolve({ error: "body" }));
  });
}

function summarise(samples, errors, seconds) {
  return {
    requests: samples.length,
    errors,
    ttfbP50: round(percentile(samples, 50), 3),
    ttfbP99: round(percentile(samples, 99), 3),
    throughput: seconds ? round(samples.length / seconds, 1) : undefined,
  };
}

async function requests({ targets, concurrency, count, durationMs, warmup = 50 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  for (const target of targets)
    for (let i = 0; i < warmup; i++) await timedRequest(`${target.url}?events=0`, agent);
  const results = {};
  if (concurrency === 1) {
    // Interleaved, one request per target in turn, so machine noise falls on all alike.
    const samples = Object.fromEntries(targets.map((target) => [target.name, []]));
    const errors = Object.fromEntries(targets.map((target) => [target.name, 0]));
    for (let i = 0; i < count; i++)
      for (const target of targets) {
        const result = await timedRequest(`${target.url}?events=0`, agent);
        if (result.error) errors[target.name] += 1;
        else samples[target.name].push(result.ttfb);
      }
    for (const target of targets)
      results[target.name] = summarise(samples[target.name], errors[target.name]);
    return results;
  }
  // Two interleaved rounds per target at full concurrency, for a fixed time each.
  const samples = Object.fromEntries(targets.map((target) => [target.name, []]));
  const errors = Object.fromEntries(targets.map((target) => [target.name, 0]));
  const seconds = Object.fromEntries(targets.map((target) => [target.name, 0]));
  for (let round = 0; round < 2; round++)
    for (const target of targets) {
      const began = now();
      const end = began + durationMs / 2;
      const worker = async () => {
        while (now() < end) {
          const result = await timedRequest(`${target.url}?events=0`, agent);
          if (result.error) errors[target.name] += 1;
          else samples[target.name].push(result.ttfb);
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      seconds[target.name] += (now() - began) / 1000;
    }
  for (const target of targets)
    results[target.name] = summarise(
      samples[target.name],
      errors[target.name],
      seconds[target.name],
    );
  return results;
}

/** Every event carries its send time `t`; text deltas also carry their number `n`. */
const STAMP = /("n":\d+,)?"t":([\d.]+)/g;

/** One event stream: arrival minus send time for every event, and how events were grouped. */
function readStream(url, agent, live) {
  return post(url, agent, (response, started, resolve) => {
    const headersAt = now();
    if (response.statusCode !== 200) {
      response.resume();
      return resolve({ error: `HTTP ${response.statusCode}` });
    }
    live.open += 1;
    live.peak = Math.max(live.peak, live.open);
    const delays = [];
    let firstEvent;
    let reads = 0;
    let bunchedEvents = 0;
    let carry = "";
    response.setEncoding("utf8");
    response.on("data", (chunk) => {
      const at = now();
      const text = carry + chunk;
      const cut = text.lastIndexOf("\n\n") + 2;
      carry = text.slice(cut);
      let deltas = 0;
      for (const match of text.slice(0, cut).matchAll(STAMP)) {
        firstEvent ??= at - started;
        delays.push(at - Number(match[2]));
        if (match[1]) deltas += 1;
      }
      reads += 1;
      // Deltas are written one at a time, 10+ ms apart: several in one read were held back.
      if (deltas > 1) bunchedEvents += deltas - 1;
    });
    const finish = (error) => {
      live.open -= 1;
      resolve({ error, headers: headersAt - started, firstEvent, delays, reads, bunchedEvents });
    };
    response.on("end", () => finish(undefined));
    response.on("error", () => finish("body"));
    response.on("aborted", () => finish("aborted"));
  });
}

async function streams({ targets, streams: count, openOverMs, events, interval, sequential }) {
  // A connection per stream, as separate browsers would: no idle keep-alive socket to race with
  // the server closing it (that race showed up as the client's own ECONNRESETs).
  const agent = new http.Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
  const live = { open: 0, peak: 0 };
  const began = now();
  const query = `?events=${events}&interval=${interval}`;
  const byTarget = Object.fromEntries(targets.map((target) => [target.name, []]));
  if (sequential) {
    // One stream at a time, targets in turn, so machine noise falls on all alike.
    for (let i = 0; i < count; i++)
      for (const target of targets)
        byTarget[target.name].push(await readStream(target.url + query, agent, live));
  } else {
    const [target] = targets;
    byTarget[target.name] = await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        await new Promise((resolve) => setTimeout(resolve, (i * openOverMs) / count));
        return readStream(target.url + query, agent, live);
      }),
    );
  }
  const seconds = (now() - began) / 1000;
  return Object.fromEntries(
    Object.entries(byTarget).map(([name, results]) => [
      name,
      summariseStreams(results, count, events, live.peak, seconds),
    ]),
  );
}

function summariseStreams(results, count, events, peak, seconds) {
  const ok = results.filter((result) => !result.error && result.delays.length === events + 2);
  const delays = ok.flatMap((result) => result.delays);
  const totalDeltas = ok.length * events;
  return {
    streams: count,
    completed: ok.length,
    errors: count - ok.length,
    errorKinds: [...new Set(results.map((result) => result.error).filter(Boolean))],
    failedAfterMs: results
      .filter((result) => result.failedAfterMs !== undefined)
      .map((result) => Math.round(result.failedAfterMs))
      .sort((a, b) => a - b),
    openAtOnce: peak,
    headersP50: round(
      percentile(
        ok.map((r) => r.headers),
        50,
      ),
      2,
    ),
    headersP99: round(
      percentile(
        ok.map((r) => r.headers),
        99,
      ),
      2,
    ),
    firstEventP50: round(
      percentile(
        ok.map((r) => r.firstEvent),
        50,
      ),
      3,
    ),
    firstEventP99: round(
      percentile(
        ok.map((r) => r.firstEvent),
        99,
      ),
      3,
    ),
    delayP50: round(percentile(delays, 50), 3),
    delayP99: round(percentile(delays, 99), 3),
    bunchedShare: round(
      ok.reduce((sum, result) => sum + result.bunchedEvents, 0) / Math.max(1, totalDeltas),
      4,
    ),
    seconds: round(seconds, 1),
  };
}

const job = JSON.parse(process.argv[2]);
const result = job.kind === "requests" ? await requests(job) : await streams(job);
process.stdout.write(JSON.stringify(result));
