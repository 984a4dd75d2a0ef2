import { round } from "./stats.mjs";

/**
 * Turns the raw results into rows: each figure beside its same-run baseline, the ratio, and the
 * issue's target with met/missed. Printed as a text table and written as Markdown.
 */

const fmt = (value, unit) =>
  value === undefined || value === null || Number.isNaN(value)
    ? "n/a"
    : `${typeof value === "number" ? round(value, value >= 100 ? 0 : 2) : value}${unit ? ` ${unit}` : ""}`;

function ratio(ours, base) {
  if (!Number.isFinite(ours) || !Number.isFinite(base) || base === 0) return "n/a";
  return `${round(ours / base, 2)}×`;
}

/** One table row; `check` returns true (met), false (missed) or undefined (no target). */
function row({ figure, ours, unit, baseName, base, target, check, extra = "" }) {
  const met = check === undefined ? "" : check(ours, base) ? "met" : "MISSED";
  return {
    figure,
    ours: fmt(ours, unit),
    baseline: `${baseName}: ${fmt(base, unit)}${extra ? `; ${extra}` : ""}`,
    ratio: ratio(ours, base),
    target: target ?? "",
    result: Number.isFinite(ours) ? met : ours === undefined ? "not run" : met,
  };
}

/**
 * A server figure of the project beside the naive Next handler's, the bare proxy's after it.
 * `value` reads the figure from one target's results.
 */
function serverRow(figure, value, unit, more = {}) {
  return row({
    figure,
    ours: value("project"),
    unit,
    baseName: "naive Next",
    base: value("naive"),
    extra: `bare ${fmt(value("bare"), unit)}`,
    ...more,
  });
}

/** Time the proxy adds to `key` over calling the upstream directly. */
const addedMs = (set, key) => (target) => set[target]?.[key] - set.direct?.[key];
const field = (set, key) => (target) => set[target]?.[key];

/** A page figure of the playground beside the bare page's. */
const pageRow = (figure, set, value, unit, more = {}) =>
  row({
    figure,
    ours: value(set.project),
    unit,
    baseName: "bare page",
    base: value(set.bare),
    ...more,
  });

const atMost = (limit) => (ours) => ours <= limit;

export function buildRows(results) {
  const rows = [];
  const { http, streamsOne, thousand, page } = results;
  if (http?.c1) {
    const h = http.c1;
    rows.push(
      serverRow("added TTFB p50, c=1", addedMs(h, "ttfbP50"), "ms", {
        target: "≤ 1.2× naive; ≤ 1 ms over direct where Next allows",
        check: (ours, base) => ours <= 1.2 * base && (ours <= 1 || base > 1),
        extra: `bare node:http ${fmt(addedMs(h, "ttfbP50")("bare"), "ms")}; direct p50 ${fmt(h.direct?.ttfbP50, "ms")}`,
      }),
      serverRow("added TTFB p99, c=1", addedMs(h, "ttfbP99"), "ms"),
    );
  }
  if (http?.c50) {
    const h = http.c50;
    rows.push(
      serverRow("added TTFB p50, c=50", addedMs(h, "ttfbP50"), "ms"),
      serverRow("added TTFB p99, c=50", addedMs(h, "ttfbP99"), "ms"),
      serverRow("throughput, c=50", field(h, "throughput"), "req/s", {
        target: "≥ 0.9× naive",
        check: (ours, base) => ours >= 0.9 * base,
        extra: `bare ${fmt(h.bare?.throughput, "req/s")}; direct ${fmt(h.direct?.throughput, "req/s")}; errors ${h.project?.errors ?? "n/a"}`,
      }),
      serverRow("server CPU per request, c=50", field(h, "cpuUsPerRequest"), "µs", {
        extra: `bare ${fmt(h.bare?.cpuUsPerRequest, "µs")}; direct ${fmt(h.direct?.cpuUsPerRequest, "µs")}`,
      }),
    );
  }
  if (streamsOne) {
    const s = streamsOne;
    rows.push(
      serverRow("added time to first event p50, c=1", addedMs(s, "firstEventP50"), "ms"),
      serverRow("added per-event delay p50, c=1", addedMs(s, "delayP50"), "ms"),
      serverRow("added per-event delay p99, c=1", addedMs(s, "delayP99"), "ms", {
        target: "≤ 2 ms",
        check: atMost(2),
      }),
      row({
        figure: "events arriving bunched (share), c=1",
        ours: s.project?.bunchedShare,
        unit: "",
        baseName: "direct",
        base: s.direct?.bunchedShare,
        target: "≤ 0.01 (not bunched)",
        check: atMost(0.01),
        extra: `naive ${fmt(s.naive?.bunchedShare)}`,
      }),
    );
  }
  if (thousand) {
    const t = thousand;
    const n = t.project?.streams;
    rows.push(
      serverRow(`${n} streams: open at once`, field(t, "openAtOnce"), "", {
        target: `${n}`,
        check: (ours) => ours === n,
      }),
      serverRow(`${n} streams: errors`, field(t, "errors"), "", {
        target: "0",
        check: (ours) => ours === 0,
      }),
      serverRow(`${n} streams: peak RSS`, field(t, "peakRssMb"), "MB", {
        target: "≤ 512 MB",
        check: atMost(512),
      }),
      serverRow(`${n} streams: per-event delay p99`, field(t, "delayP99"), "ms", {
        target: "≤ 50 ms",
        check: atMost(50),
        extra: `bare ${fmt(t.bare?.delayP99, "ms")}; direct ${fmt(t.direct?.delayP99, "ms")}`,
      }),
      serverRow(`${n} streams: time to headers p99`, field(t, "headersP99"), "ms"),
      serverRow(`${n} streams: event-loop delay p99`, field(t, "loopP99"), "ms", {
        extra: `bare ${fmt(t.bare?.loopP99, "ms")}; max ${fmt(t.project?.loopMax, "ms")}`,
      }),
    );
  }
  if (page) {
    const p = page;
    if (p.firstLoad)
      rows.push(
        row({
          figure: "first-load JS for /, gzipped",
          ours: p.firstLoad.project?.kb,
          unit: "kB",
          baseName: "empty Next page",
          base: p.firstLoad.naive?.kb,
          target: "≤ 200 kB",
          check: atMost(200),
          extra: `loaded by the time the editor is ready ${fmt(p.firstLoad.project?.readyKb, "kB")}, after idle prefetch ${fmt(p.firstLoad.project?.idleKb, "kB")}`,
        }),
      );
    if (p.navigation)
      rows.push(pageRow("navigation to interactive", p.navigation, (x) => x?.interactiveMs, "ms"));
    for (const [key, label, shape] of [
      ["one", "1 stream", ""],
      ["list", "1 stream", " as one list"],
      ["table", "1 stream", " as one table"],
      ["four", "4 streams", ""],
      ["compareFour", "4 compare columns", ""],
    ]) {
      const s = p.streaming?.[key];
      if (!s) continue;
      const tokens = `${results.config.streamTokens} tokens${shape} at ${results.config.tokensPerSecond} tok/s`;
      rows.push(
        pageRow(`${label} of ${tokens}: longest task`, s, (x) => x?.longestTask, "ms", {
          target: "≤ 50 ms",
          check: atMost(50),
        }),
        pageRow(`${label}${shape}: total long-task time`, s, (x) => x?.longTaskTotal, "ms", {
          extra: `${s.project?.longTaskCount ?? "n/a"} long tasks in ${fmt(s.project?.seconds, "s")}`,
        }),
        pageRow(
          `${label}${shape}: main thread busy (share of stream)`,
          s,
          (x) => x?.busyShare,
          "",
          {
            target: "≤ 0.25 of the stream more than the bare page",
            check: (ours, base) => ours - base <= 0.25,
          },
        ),
        pageRow(`${label}${shape}: keystroke-to-paint, worst`, s, (x) => x?.keystroke?.max, "ms", {
          target: "≤ 50 ms",
          check: atMost(50),
          extra: `p50 ${fmt(s.project?.keystroke?.p50, "ms")}`,
        }),
      );
      if (s.project?.runClick !== undefined)
        rows.push(
          pageRow(`${label}${shape}: Run click to paint, worst page`, s, (x) => x?.runClick, "ms", {
            extra: "Event Timing, pointer down to the next paint",
          }),
        );
    }
    for (const [key, typing] of Object.entries(p.typing ?? {})) {
      rows.push(
        pageRow(
          `typing, ${typing.label}: per keystroke, worst`,
          typing,
          (x) => x?.keystrokeMax,
          "ms",
          {
            target: "≤ 50 ms",
            check: atMost(50),
            extra: `p50 ${fmt(typing.project?.keystrokeP50, "ms")}`,
          },
        ),
        pageRow(`typing, ${typing.label}: longest task`, typing, (x) => x?.longestTask, "ms", {
          target: "≤ 200 ms",
          check: atMost(200),
          extra: key === "image" ? "bare page has no image" : "",
        }),
      );
    }
  }
  for (const [name, message] of Object.entries(results.errors ?? {}))
    rows.push({
      figure: name,
      ours: "error",
      baseline: message.split("\n")[0].slice(0, 120),
      ratio: "",
      target: "",
      result: "not run",
    });
  return rows;
}

const COLUMNS = [
  ["figure", "Figure"],
  ["ours", "Project"],
  ["baseline", "Same-run baseline"],
  ["ratio", "Ratio"],
  ["target", "Target"],
  ["result", "Met?"],
];

export function textTable(rows) {
  const widths = COLUMNS.map(([key, title]) =>
    Math.min(70, Math.max(title.length, ...rows.map((r) => String(r[key]).length))),
  );
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join(" | ");
  return [
    line(COLUMNS.map(([, title]) => title)),
    widths.map((w) => "-".repeat(w)).join("-|-"),
    ...rows.map((r) => line(COLUMNS.map(([key]) => r[key]))),
  ].join("\n");
}

export function markdownTable(rows) {
  const escapeCell = (cell) => String(cell).replaceAll("|", "\\|");
  return [
    `| ${COLUMNS.map(([, title]) => title).join(" | ")} |`,
    `| ${COLUMNS.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${COLUMNS.map(([key]) => escapeCell(r[key])).join(" | ")} |`),
  ].join("\n");
}
