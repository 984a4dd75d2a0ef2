#!/usr/bin/env node
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compareFigures } from "./compare-four-columns.mjs";
import { buildNaiveNext, nextBin } from "./lib/naive-next.mjs";
import * as pages from "./lib/page-figures.mjs";
import { loopDelay, startServer, treeCpuMs, treePids, watchPeakRss } from "./lib/processes.mjs";
import {
  PROJECT_DIST as DIST,
  runLoadClient as loadClient,
  PROJECT_ENV,
  projectProxyEnv,
} from "./lib/project-proxy.mjs";
import { buildRows, markdownTable, textTable } from "./lib/report.mjs";

/**
 * `npm run bench`: builds the project and a naive Next.js proxy, starts every server on its own
 * loopback port, measures the proxy and the page against same-run baselines, prints the table,
 * writes bench/results/<date>.json and the latest table into BENCHMARKS.md.
 * Environment (all optional): see BENCHMARKS.md.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = (name, fallback) => Number(process.env[name] ?? fallback);
const CONFIG = {
  portBase: env("BENCH_PORT_BASE", 3400),
  c1Requests: env("BENCH_C1_REQUESTS", 200),
  c50Ms: env("BENCH_C50_MS", 4000),
  manyStreams: env("BENCH_STREAMS", 1000),
  manyStreamSeconds: env("BENCH_STREAM_SECONDS", 30),
  streamTokens: pages.STREAM_TOKENS,
  tokensPerSecond: 1000,
  skipBuild: process.env.BENCH_SKIP_BUILD === "1",
  only: (process.env.BENCH_ONLY ?? "http,streams,thousand,page").split(","),
};
const started = Date.now();
const log = (message) =>
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

const running = new Set();
let naiveDir;
const probeDir = mkdtempSync(path.join(os.tmpdir(), "bench-probe-"));

async function cleanUp() {
  await Promise.all([...running].map((server) => server.stop()));
  running.clear();
  rmSync(probeDir, { recursive: true, force: true });
}
process.on("SIGINT", () => cleanUp().finally(() => process.exit(130)));

const port = (offset) => CONFIG.portBase + offset;
const NODE = process.execPath;

async function start(name, args, options) {
  const server = await startServer(name, NODE, args, { probeDir, ...options });
  running.add(server);
  return server;
}
async function stop(server) {
  running.delete(server);
  await server.stop();
}

/** The project as a real ZenMux proxy (a server key, ZENMUX_BASE_URL at the loopback upstream). */
const startProjectProxy = (upstream) =>
  start("project", [nextBin(ROOT), "start", "-p", String(port(3)), "-H", "127.0.0.1"], {
    port: port(3),
    cwd: ROOT,
    env: projectProxyEnv(upstream.url),
  });
const startNaive = (upstream) =>
  start("naive Next", [nextBin(ROOT), "start", "-p", String(port(2)), "-H", "127.0.0.1"], {
    port: port(2),
    cwd: naiveDir,
    env: { NEXT_TELEMETRY_DISABLED: "1", BENCH_UPSTREAM: upstream.url },
  });
const startBare = (upstream) =>
  start(
    "bare proxy",
    [path.join(ROOT, "bench/servers/bare-proxy.mjs"), String(port(1)), upstream.url],
    {
      port: port(1),
    },
  );

const messagesUrl = (server) =>
  `${server.url}${server.name === "direct" ? "" : "/api/anthropic"}/v1/messages`;

function build() {
  if (CONFIG.skipBuild && existsSync(path.join(ROOT, DIST))) {
    log(`reusing the build in ${DIST} (BENCH_SKIP_BUILD=1)`);
  } else {
    log(`building the project into ${DIST}`);
    // next build adds its dist folder's types to tsconfig.json: the bench leaves no change behind.
    const tsconfig = path.join(ROOT, "tsconfig.json");
    const original = readFileSync(tsconfig, "utf8");
    try {
      execFileSync(nextBin(ROOT), ["build"], {
        cwd: ROOT,
        stdio: ["ignore", "ignore", "inherit"],
        env: { ...process.env, ...PROJECT_ENV },
      });
    } finally {
      writeFileSync(tsconfig, original);
    }
  }
  log("building the naive Next.js proxy in a temporary folder");
  naiveDir = buildNaiveNext(ROOT, { reuse: CONFIG.skipBuild });
}

async function proxyFigures(results) {
  const upstream = await start(
    "direct",
    [path.join(ROOT, "bench/servers/upstream.mjs"), String(port(0))],
    { port: port(0) },
  );
  const servers = [
    upstream,
    await startBare(upstream),
    await startNaive(upstream),
    await startProjectProxy(upstream),
  ];
  const targets = servers.map((server) => ({ name: key(server), url: messagesUrl(server) }));
  if (CONFIG.only.includes("http")) {
    log(`time to first byte at c=1 (${CONFIG.c1Requests} requests per target, interleaved)`);
    const c1 = await loadClient({
      kind: "requests",
      targets,
      concurrency: 1,
      count: CONFIG.c1Requests,
    });
    log(`time to first byte and throughput at c=50 (${CONFIG.c50Ms / 1000} s per target)`);
    // Targets are loaded one at a time, so each server's CPU over the run is spent on its own
    // requests: CPU per request holds on a busy machine, where requests per second do not.
    const cpuBefore = servers.map((server) => treeCpuMs(server.pid));
    const c50 = await loadClient({
      kind: "requests",
      targets,
      concurrency: 50,
      durationMs: CONFIG.c50Ms,
      // The c=1 run has warmed every target; requests outside the count would cloud the CPU.
      warmup: 0,
    });
    for (const [i, server] of servers.entries()) {
      const served = c50[key(server)];
      if (served?.requests)
        served.cpuUsPerRequest = Math.round(
          ((treeCpuMs(server.pid) - cpuBefore[i]) * 1000) / (served.requests + served.errors),
        );
    }
    results.http = { c1, c50 };
  }
  if (CONFIG.only.includes("streams")) {
    log("event streams at c=1 (8 streams × 60 events, 15 ms apart, per target, interleaved)");
    results.streamsOne = await loadClient({
      kind: "streams",
      targets,
      streams: 8,
      events: 60,
      interval: 15,
      sequential: true,
    });
  }
  if (CONFIG.only.includes("thousand")) {
    results.thousand = {};
    const events = CONFIG.manyStreamSeconds * 10;
    for (const server of servers) {
      const name = key(server);
      // A fresh process, so its peak memory belongs to this run alone.
      const fresh =
        name === "direct"
          ? server
          : await (async () => {
              await stop(server);
              return name === "bare"
                ? startBare(upstream)
                : name === "naive"
                  ? startNaive(upstream)
                  : startProjectProxy(upstream);
            })();
      await loadClient({
        kind: "requests",
        targets: [{ name, url: messagesUrl(fresh) }],
        concurrency: 1,
        count: 20,
        warmup: 20,
      });
      log(
        `${CONFIG.manyStreams} streams through ${fresh.name}, opened over 5 s, 10 events/s for ${CONFIG.manyStreamSeconds} s`,
      );
      const peak = watchPeakRss(fresh.pid);
      const from = Date.now();
      const { [name]: result } = await loadClient({
        kind: "streams",
        targets: [{ name, url: messagesUrl(fresh) }],
        streams: CONFIG.manyStreams,
        openOverMs: 5000,
        events,
        interval: 100,
      });
      const loop = loopDelay(probeDir, treePids(fresh.pid), from + 5000, Date.now());
      results.thousand[name] = {
        ...result,
        peakRssMb: Math.round(peak()),
        loopP99: loop.p99,
        loopMax: loop.max,
      };
    }
  }
  for (const server of servers) if (running.has(server)) await stop(server);
  for (const server of [...running]) if (server.name !== "naive Next") await stop(server);
}

function key(server) {
  return { direct: "direct", "bare proxy": "bare", "naive Next": "naive", project: "project" }[
    server.name
  ];
}

/**
 * Optional (BENCH_ONLY=anatomy): server CPU per forwarded event and peak RSS for the same
 * pass-through built layer by layer (bench/servers/stream-variants.mjs), the naive Next handler
 * and the project, so the cost of each layer can be read off.
 */
async function anatomyFigures(results) {
  const upstream = await start(
    "direct",
    [path.join(ROOT, "bench/servers/upstream.mjs"), String(port(0))],
    { port: port(0) },
  );
  const streams = 300;
  const events = 100;
  const variants = ["node-pipe", "node-web", "fetch-web", "fetch-pipeto"];
  const servers = [
    ...variants.map(
      (variant) => () =>
        start(
          variant,
          [
            path.join(ROOT, "bench/servers/stream-variants.mjs"),
            variant,
            String(port(1)),
            upstream.url,
          ],
          { port: port(1) },
        ),
    ),
    () => startNaive(upstream),
    () => startProjectProxy(upstream),
  ];
  results.anatomy = {};
  for (const launch of servers) {
    const server = await launch();
    const url =
      server.name === "naive Next" || server.name === "project"
        ? messagesUrl(server)
        : `${server.url}/v1/messages`;
    await loadClient({
      kind: "streams",
      targets: [{ name: "warm", url }],
      streams: 20,
      openOverMs: 100,
      events: 20,
      interval: 5,
    });
    log(`anatomy: ${streams} streams × ${events} events through ${server.name}`);
    const peak = watchPeakRss(server.pid);
    const cpu0 = treeCpuMs(server.pid);
    const { run } = await loadClient({
      kind: "streams",
      targets: [{ name: "run", url }],
      streams,
      openOverMs: 1000,
      events,
      interval: 50,
    });
    const cpuMs = treeCpuMs(server.pid) - cpu0;
    results.anatomy[server.name] = {
      cpuPerEventUs: Math.round((cpuMs * 1000) / (streams * (events + 2))),
      peakRssMb: Math.round(peak()),
      delayP99: run.delayP99,
      errors: run.errors,
    };
    await stop(server);
  }
  await stop(upstream);
  console.log(`\nAnatomy (${streams} streams × ${events} events at 20/s):`);
  console.table(results.anatomy);
}

async function pageFigures(results) {
  const naive =
    [...running].find((server) => server.name === "naive Next") ??
    (await startNaive({ url: "http://127.0.0.1:9" }));
  const project = await start(
    "project (demo)",
    [nextBin(ROOT), "start", "-p", String(port(4)), "-H", "127.0.0.1"],
    {
      port: port(4),
      cwd: ROOT,
      env: {
        ...PROJECT_ENV,
        ZENMUX_API_KEY: "",
        EMULATOR_TOKENS_PER_SECOND: String(CONFIG.tokensPerSecond),
      },
    },
  );
  const bare = await start(
    "bare page",
    [path.join(ROOT, "bench/servers/bare-page.mjs"), String(port(5)), project.url],
    { port: port(5) },
  );
  const browser = await pages.launch();
  const page = { typing: {} };
  results.page = page;
  const attempt = async (name, fn) => {
    try {
      await fn();
    } catch (error) {
      results.errors[name] = String(error?.message ?? error);
      log(`${name} failed: ${results.errors[name].split("\n")[0]}`);
    }
  };
  try {
    await attempt("first-load JS", async () => {
      log("first-load JS of / (project, and an empty Next.js page)");
      page.firstLoad = {
        project: await pages.firstLoadJs(browser, project.url),
        naive: await pages.firstLoadJs(browser, naive.url, { playground: false }),
      };
    });
    await attempt("navigation", async () => {
      log("navigation to interactive (project, bare page)");
      page.navigation = {
        project: await pages.navigationFigures(browser, project.url),
        bare: await pages.navigationFigures(browser, bare.url),
      };
    });
    page.streaming = {};
    for (const [name, count] of [
      ["one", 1],
      ["four", 4],
    ]) {
      page.streaming[name] = {};
      for (const [target, server] of [
        ["project", project],
        ["bare", bare],
      ])
        await attempt(`streaming ×${count} (${target})`, async () => {
          log(
            `${count} × ${CONFIG.streamTokens} tokens at ${CONFIG.tokensPerSecond} tok/s on the ${target} page`,
          );
          page.streaming[name][target] = await pages.streamingFigures(browser, server.url, count);
        });
    }
    for (const [shape, { label, request }] of Object.entries(pages.STREAM_SHAPES)) {
      page.streaming[shape] = {};
      for (const [target, server] of [
        ["project", project],
        ["bare", bare],
      ])
        await attempt(`streaming ${label} (${target})`, async () => {
          log(`${CONFIG.streamTokens} tokens ${label} on the ${target} page`);
          page.streaming[shape][target] = await pages.streamingFigures(
            browser,
            server.url,
            1,
            request,
          );
        });
    }
    await attempt("four comparison columns (project)", async () => {
      log(`four comparison columns × ${CONFIG.streamTokens} tokens in one page`);
      page.streaming.compareFour = {
        project: await compareFigures(browser, project.url),
        bare: page.streaming.four?.bare,
      };
    });
    const imageFile = path.join(probeDir, "large.png");
    pages.writeLargePng(imageFile, 11);
    for (const [name, input] of Object.entries(pages.LARGE_INPUTS)) {
      page.typing[name] = { label: input.label };
      for (const [target, server] of [
        ["project", project],
        ["bare", bare],
      ])
        await attempt(`typing with ${input.label} (${target})`, async () => {
          log(`typing with ${input.label} (${target})`);
          page.typing[name][target] = await pages.typingFigures(browser, server.url, name, {
            bare: target === "bare",
            imageFile,
          });
        });
    }
  } finally {
    await browser.close();
  }
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model ?? "unknown"}`,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    next: JSON.parse(readFileSync(path.join(ROOT, "node_modules/next/package.json"), "utf8"))
      .version,
    chromium: spawnSync(pages.chromiumPath(), ["--version"], { encoding: "utf8" }).stdout?.trim(),
    loadAverageAtStart: os.loadavg().map((value) => Math.round(value * 100) / 100),
    commit: spawnSync("git", ["describe", "--always", "--dirty"], {
      cwd: ROOT,
      encoding: "utf8",
    }).stdout?.trim(),
  };
}

function writeOutputs(results, rows) {
  const stamp = new Date().toISOString().replace(/[:]/g, "-").replace(/\..*/, "");
  const dir = path.join(ROOT, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${stamp}.json`);
  writeFileSync(file, `${JSON.stringify({ ...results, rows }, null, 2)}\n`);
  const doc = path.join(ROOT, "BENCHMARKS.md");
  const text = readFileSync(doc, "utf8");
  const begin = "<!-- bench:latest:begin -->";
  const end = "<!-- bench:latest:end -->";
  const latest = [
    begin,
    `Run ${results.date} at commit ${results.machine.commit} on ${results.machine.cpu}, ${results.machine.memoryGb} GB, ${results.machine.os}, Node ${results.machine.node}, Next.js ${results.machine.next}, ${results.machine.chromium}; load average at start ${results.machine.loadAverageAtStart.join(" / ")}; took ${results.seconds} s. Raw figures: \`bench/results/${stamp}.json\`.`,
    "",
    markdownTable(rows),
    end,
  ].join("\n");
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  writeFileSync(
    doc,
    from >= 0 && to > from
      ? text.slice(0, from) + latest + text.slice(to + end.length)
      : `${text}\n${latest}\n`,
  );
  return file;
}

const results = { date: new Date().toISOString(), config: CONFIG, machine: machine(), errors: {} };
try {
  build();
  if (CONFIG.only.some((part) => ["http", "streams", "thousand"].includes(part)))
    await proxyFigures(results);
  if (CONFIG.only.includes("anatomy")) await anatomyFigures(results);
  if (CONFIG.only.includes("page")) await pageFigures(results);
} catch (error) {
  results.errors.bench = String(error?.stack ?? error);
  console.error(error);
} finally {
  await cleanUp();
}
results.seconds = Math.round((Date.now() - started) / 1000);
const rows = buildRows(results);
console.log(`\n${textTable(rows)}\n`);
const file = writeOutputs(results, rows);
log(`done in ${results.seconds} s; wrote ${path.relative(ROOT, file)} and BENCHMARKS.md`);
