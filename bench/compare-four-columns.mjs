/**
 * Bench case for issue 9: four comparison columns streaming long answers at once, in one page.
 * The playground opens `/?model=a,b,c,d` with the long request as its draft and presses "Run all";
 * keystrokes go to the request editor meanwhile. Figures match `streamingFigures` in
 * page-figures.mjs, so the row sits beside the four-page case and the bare page's baseline.
 */
import * as driver from "./lib/page-driver.mjs";
import { STREAM_REQUEST } from "./lib/page-figures.mjs";
import { median, round } from "./lib/stats.mjs";

export const COMPARE_MODELS = [
  "anthropic/claude-sonnet-4.5",
  "openai/gpt-5",
  "google/gemini-2.5-flash",
  "x-ai/grok-4",
];

/** Long tasks and per-keystroke delay, recorded from before the first script runs. */
const PROBES = () => {
  const bench = { longtasks: [], keys: [] };
  window.__compareBench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longtasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
  addEventListener(
    "keydown",
    (event) => {
      const pressed = event.timeStamp;
      requestAnimationFrame(() =>
        setTimeout(() => bench.keys.push(performance.now() - pressed), 0),
      );
    },
    true,
  );
};

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((metric) => metric.name === "TaskDuration")?.value ?? 0;
}

/** One page, four columns of the 20,000-token answer streaming together. */
export async function compareFigures(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(PROBES);
  const page = await context.newPage();
  await driver.openWithRequest(page, url, STREAM_REQUEST);
  await page.goto(`${url}/?model=${COMPARE_MODELS.join(",")}`);
  const runAll = page.getByRole("button", { name: "Run all", exact: true });
  await runAll.waitFor({ state: "visible", timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.evaluate(() => {
    window.__compareBench.longtasks.length = 0;
    window.__compareBench.keys.length = 0;
  });
  const busy0 = await taskSeconds(cdp);
  const began = Date.now();
  await runAll.click();
  await page
    .getByRole("button", { name: "Stop all" })
    .waitFor({ state: "visible", timeout: 30_000 });
  await driver.focusMessage(page, 1);
  const ended = runAll.waitFor({ state: "visible", timeout: 300_000 });
  let finished = false;
  ended.then(
    () => (finished = true),
    () => (finished = true),
  );
  while (!finished) {
    await page.keyboard.press("x");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await ended;
  const seconds = (Date.now() - began) / 1000;
  const busy = (await taskSeconds(cdp)) - busy0;
  const { longtasks, keys } = await page.evaluate(() => window.__compareBench);
  await context.close();
  return {
    seconds: round(seconds, 1),
    longestTask: round(Math.max(0, ...longtasks), 1),
    longTaskTotal: round(
      longtasks.reduce((sum, duration) => sum + duration, 0),
      1,
    ),
    longTaskCount: longtasks.length,
    busyShare: round(busy / seconds, 3),
    keystroke: {
      count: keys.length,
      p50: round(median(keys), 1),
      max: round(Math.max(0, ...keys), 1),
    },
  };
}
