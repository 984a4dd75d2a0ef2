import { writeFileSync } from "node:fs";
import { crc32, deflateSync, gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { findChromium } from "../../scripts/find-chromium.mjs";
import { scriptPaths } from "../../scripts/first-load-js.mjs";
import * as driver from "./page-driver.mjs";
import { median, percentile, round } from "./stats.mjs";

/**
 * Browser figures, in real Chromium: first-load JavaScript, navigation to interactive, main-thread
 * work while a long answer streams (long tasks, busy share, keystroke-to-paint), and typing with
 * large inputs. Each is measured on the playground and on a baseline page in the same run.
 */

/** Installed before any page script: long tasks, slow events and per-keystroke paint delay. */
const PROBES = () => {
  const bench = { longtasks: [], events: [], keys: [] };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longtasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.interactionId) bench.events.push([entry.startTime, entry.duration, entry.name]);
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
  // Event Timing only reports slow events; this times every keystroke to the next frame.
  addEventListener(
    "keydown",
    (event) => {
      const pressed = event.timeStamp;
      requestAnimationFrame(() =>
        setTimeout(() => bench.keys.push([pressed, performance.now() - pressed]), 0),
      );
    },
    true,
  );
};

const LAUNCH = {
  executablePath: findChromium(),
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
};

export const STREAM_TOKENS = 20_000;
export const STREAM_REQUEST = {
  model: "anthropic/claude-sonnet-4.5",
  max_tokens: STREAM_TOKENS,
  stream: true,
  messages: [
    {
      role: "user",
      content: `Write a ${STREAM_TOKENS}-token Markdown document about event-driven architecture.`,
    },
  ],
};

/**
 * The same length as one numbered list, then as one table: answers whose last block keeps
 * growing, where a renderer that parses its tail again on each update falls behind.
 */
export const STREAM_SHAPES = {
  list: {
    label: "as one list",
    request: withAsk(
      `Write a ${STREAM_TOKENS}-token numbered list of ideas about event-driven architecture.`,
    ),
  },
  table: {
    label: "as one table",
    request: withAsk(`Compare event-driven architectures in a ${STREAM_TOKENS}-token table.`),
  },
};

function withAsk(content) {
  return { ...STREAM_REQUEST, messages: [{ role: "user", content }] };
}

async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(PROBES);
  return context.newPage();
}

const readProbes = (page) => page.evaluate(() => window.__bench);
const resetProbes = (page) =>
  page.evaluate(() => {
    window.__bench.longtasks.length = 0;
    window.__bench.events.length = 0;
    window.__bench.keys.length = 0;
    return performance.now();
  });

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((metric) => metric.name === "TaskDuration")?.value ?? 0;
}

/** Slow interactions of one kind: keys ("keydown", "keypress"…) or the pointer (the Run click). */
const slowEvents = (probes, kind) =>
  probes.events.filter(([, , name]) => name.startsWith(kind)).map(([, duration]) => duration);

function keystrokes(probes) {
  const keys = probes.keys.map(([, delay]) => delay);
  const slowest = Math.max(0, ...keys, ...slowEvents(probes, "key"));
  return { count: keys.length, p50: round(median(keys), 1), max: round(slowest, 1) };
}

/** The Run click, from the pointer going down to the next paint (0 when faster than 16 ms). */
const runClick = (probes) =>
  round(Math.max(0, ...slowEvents(probes, "pointer"), ...slowEvents(probes, "click")), 1);

function longTasks(probes, from = 0) {
  const tasks = probes.longtasks.filter(([start]) => start >= from).map(([, duration]) => duration);
  return {
    count: tasks.length,
    longest: round(Math.max(0, ...tasks), 1),
    total: round(
      tasks.reduce((sum, duration) => sum + duration, 0),
      1,
    ),
  };
}

/** Types one key every `gapMs` into message 1 until `done` settles. */
async function typeUntil(page, done, gapMs = 250) {
  await driver.focusMessage(page, 1);
  let finished = false;
  done.then(
    () => (finished = true),
    () => (finished = true),
  );
  while (!finished) {
    await page.keyboard.press("x");
    await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
}

/**
 * `streams` pages each stream the 20,000-token answer (or `request`'s) at once; keystrokes go to
 * the first. Returns the worst page's longest task, total long-task time, busy share and
 * keystroke delay.
 */
export async function streamingFigures(browser, url, streams, request = STREAM_REQUEST) {
  const pages = [];
  for (let i = 0; i < streams; i++) {
    const page = await newPage(browser);
    await driver.openWithRequest(page, url, request);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    pages.push({ page, cdp });
  }
  for (const entry of pages) {
    entry.from = await resetProbes(entry.page);
    entry.busy0 = await taskSeconds(entry.cdp);
  }
  const began = Date.now();
  await Promise.all(pages.map(({ page }) => driver.startRun(page)));
  const ended = Promise.all(pages.map(({ page }) => driver.waitForRunEnd(page)));
  await typeUntil(pages[0].page, ended);
  await ended;
  const seconds = (Date.now() - began) / 1000;
  const perPage = [];
  for (const entry of pages) {
    const probes = await readProbes(entry.page);
    const busy = (await taskSeconds(entry.cdp)) - entry.busy0;
    perPage.push({ probes, busy, tasks: longTasks(probes, entry.from) });
    await entry.page.context().close();
  }
  return {
    seconds: round(seconds, 1),
    longestTask: Math.max(...perPage.map((p) => p.tasks.longest)),
    longTaskTotal: round(Math.max(...perPage.map((p) => p.tasks.total)), 1),
    longTaskCount: Math.max(...perPage.map((p) => p.tasks.count)),
    busyShare: round(Math.max(...perPage.map((p) => p.busy)) / seconds, 3),
    keystroke: keystrokes(perPage[0].probes),
    runClick: Math.max(...perPage.map((p) => runClick(p.probes))),
  };
}

/** Navigation to interactive: DOMContentLoaded, or the end of the last long task if later. */
export async function navigationFigures(browser, url, runs = 3) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const page = await newPage(browser);
    const began = Date.now();
    await page.goto(url, { waitUntil: "load" });
    await driver.waitReady(page);
    const readyAt = Date.now() - began;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const interactive = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType("navigation");
      const lastTask = Math.max(0, ...window.__bench.longtasks.map(([s, d]) => s + d));
      return Math.max(navigation.domContentLoadedEventEnd, lastTask);
    });
    samples.push(Math.max(interactive, 0) || readyAt);
    await page.context().close();
  }
  return { interactiveMs: round(median(samples), 0) };
}

/**
 * First-load JavaScript of `/`, gzipped (level 9, as scripts/first-load-js.mjs counts it): the
 * scripts its HTML names, which Next.js calls the first load. Beside it, what has loaded by the
 * time the editor is ready (code the page imports while it starts), and what follows while the
 * page is idle (prefetched for later steps).
 */
export async function firstLoadJs(browser, url, { playground = true } = {}) {
  const page = await newPage(browser);
  const scripts = new Map();
  let html = "";
  page.on("response", async (response) => {
    const type = response.request().resourceType();
    try {
      if (type === "document" && response.request().frame() === page.mainFrame())
        html = (await response.body()).toString("utf8");
      if (type === "script")
        scripts.set(
          new URL(response.url()).pathname,
          gzipSync(await response.body(), { level: 9 }).length,
        );
    } catch {}
  });
  await page.goto(url, { waitUntil: "load" });
  if (playground) await driver.waitReady(page);
  const total = () => [...scripts.values()].reduce((sum, size) => sum + size, 0);
  const atReady = total();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const afterIdle = total();
  await page.context().close();
  const named = scriptPaths(html).reduce((sum, file) => sum + (scripts.get(file) ?? 0), 0);
  const kb = (bytes) => round(bytes / 1024, 1);
  return { kb: kb(named), readyKb: kb(atReady), idleKb: kb(afterIdle), files: scripts.size };
}

/** An uncompressed (stored) RGB PNG of about `megabytes` MB, like a large screenshot. */
export function writeLargePng(file, megabytes = 11) {
  const width = 2200;
  const height = Math.ceil((megabytes * 1024 * 1024) / (width * 3 + 1));
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      raw[row + 1 + x * 3] = (x * 7) & 255;
      raw[row + 2 + x * 3] = (y * 5) & 255;
      raw[row + 3 + x * 3] = (x ^ y) & 255;
    }
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(raw, { level: 0 })),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

const LONG_TEXT = "The quick brown fox jumps over the lazy dog. ".repeat(4600).slice(0, 200_000);

function conversation(count) {
  return Array.from({ length: count }, (_, i) => ({
    role: i % 2 === 0 ? "user" : "assistant",
    content: `Message ${i + 1}: ${"a sentence of ordinary length that a person might type. ".repeat(4)}`,
  }));
}

/** The large-input cases: how the editor types with each, on the playground or the bare page. */
export const LARGE_INPUTS = {
  image: { label: "11 MB image attached", messages: conversation(1) },
  conversation: { label: "100 messages", messages: conversation(100), typeInto: 100 },
  text: { label: "200 kB text", messages: [{ role: "user", content: LONG_TEXT }] },
};

/** Types 20 characters with one large input present; per-keystroke delay and longest task. */
export async function typingFigures(browser, url, name, { bare, imageFile }) {
  const input = LARGE_INPUTS[name];
  const page = await newPage(browser);
  await driver.openWithRequest(page, url, {
    model: "anthropic/claude-sonnet-4.5",
    max_tokens: 1024,
    stream: true,
    messages: bare ? [input.messages[0]] : input.messages,
  });
  if (bare && name === "text") await driver.fillBare(page, 1, LONG_TEXT);
  if (!bare && name === "image") {
    await driver.attachImage(page, 1, imageFile);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  const target = bare ? 1 : (input.typeInto ?? 1);
  await driver.focusMessage(page, target);
  const from = await resetProbes(page);
  const began = Date.now();
  for (let i = 0; i < 20; i++) await page.keyboard.press("x", { delay: 20 });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const seconds = (Date.now() - began) / 1000;
  const probes = await readProbes(page);
  await page.context().close();
  const keys = probes.keys.map(([, delay]) => delay);
  return {
    keystrokeP50: round(median(keys), 1),
    keystrokeMax: keystrokes(probes).max,
    keystrokeP95: round(percentile(keys, 95), 1),
    longestTask: longTasks(probes, from).longest,
    seconds: round(seconds, 1),
  };
}

export async function launch() {
  return chromium.launch(LAUNCH);
}

export const chromiumPath = () => LAUNCH.executablePath;
