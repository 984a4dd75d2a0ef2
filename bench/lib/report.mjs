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
function row(figure, ours, unit, baseName, base, target, check, extra = "") {
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

const added = (http, target, key) => http[target]?.[key] - http.direct?.[key];

export function buildRows(results) {
  const rows = [];
  const { http, streamsOne, thousand, page } = results;
  if (http?.c1) {
    const h = http.c1;
    rows.push(
      row(
        "added TTFB p50, c=1",
        added(h, "project", "ttfbP50"),
        "ms",
        "naive Next",
        added(h, "naive", "ttfbP50"),
        "≤ 1.2× naive; ≤ 1 ms over direct where Next allows",
        (ours, base) => ours <= 1.2 * base && (ours <= 1 || base > 1),
        `bare node:http ${fmt(added(h, "bare", "ttfbP50"), "ms")}; direct p50 ${fmt(h.direct?.ttfbP50, "ms")}`,
      ),
      row(
        "added TTFB p99, c=1",
        added(h, "project", "ttfbP99"),
        "ms",
        "naive Next",
        added(h, "naive", "ttfbP99"),
        undefined,
        undefined,
        `bare ${fmt(added(h, "bare", "ttfbP99"), "ms")}`,
      ),
    );
  }
  if (http?.c50) {
    const h = http.c50;
    rows.push(
      row(
        "added TTFB p50, c=50",
        added(h, "project", "ttfbP50"),
        "ms",
        "naive Next",
        added(h, "naive", "ttfbP50"),
        undefined,
        undefined,
        `bare ${fmt(added(h, "bare", "ttfbP50"), "ms")}`,
      ),
      row(
        "added TTFB p99, c=50",
        added(h, "project", "ttfbP99"),
        "ms",
        "naive Next",
        added(h, "naive", "ttfbP99"),
        undefined,
        undefined,
        `bare ${fmt(added(h, "bare", "ttfbP99"), "ms")}`,
      ),
      row(
        "throughput, c=50",
        h.project?.throughput,
        "req/s",
        "naive Next",
        h.naive?.throughput,
        "≥ 0.9× naive",
        (ours, base) => ours >= 0.9 * base,
        `bare ${fmt(h.bare?.throughput, "req/s")}; direct ${fmt(h.direct?.throughput, "req/s")}; errors ${h.project?.errors ?? "n/a"}`,
      ),
    );
  }
  if (streamsOne) {
    const s = streamsOne;
    const plus = (target, key) => s[target]?.[key] - s.direct?.[key];
    rows.push(
      row(
        "added time to first event p50, c=1",
        plus("project", "firstEventP50"),
        "ms",
        "naive Next",
        plus("naive", "firstEventP50"),
        undefined,
        undefined,
        `bare ${fmt(plus("bare", "firstEventP50"), "ms")}`,
      ),
      row(
        "added per-event delay p50, c=1",
        plus("project", "delayP50"),
        "ms",
        "naive Next",
        plus("naive", "delayP50"),
        undefined,
        undefined,
        `bare ${fmt(plus("bare", "delayP50"), "ms")}`,
      ),
      row(
        "added per-event delay p99, c=1",
        plus("project", "delayP99"),
        "ms",
        "naive Next",
        plus("naive", "delayP99"),
        "≤ 2 ms",
        (ours) => ours <= 2,
        `bare ${fmt(plus("bare", "delayP99"), "ms")}`,
      ),
      row(
        "events arriving bunched (share), c=1",
        s.project?.bunchedShare,
        "",
        "direct",
        s.direct?.bunchedShare,
        "≤ 0.01 (not bunched)",
        (ours) => ours <= 0.01,
        `naive ${fmt(s.naive?.bunchedShare)}`,
      ),
    );
  }
  if (thousand) {
    const t = thousand;
    const n = t.project?.streams;
    const other = (key, unit) => `bare ${fmt(t.bare?.[key], unit)}`;
    rows.push(
      row(
        `${n} streams: open at once`,
        t.project?.openAtOnce,
        "",
        "naive Next",
        t.naive?.openAtOnce,
        `${n}`,
        (ours) => ours === n,
        other("openAtOnce"),
      ),
      row(
        `${n} streams: errors`,
        t.project?.errors,
        "",
        "naive Next",
        t.naive?.errors,
        "0",
        (ours) => ours === 0,
        other("errors"),
      ),
      row(
        `${n} streams: peak RSS`,
        t.project?.peakRssMb,
        "MB",
        "naive Next",
        t.naive?.peakRssMb,
        "≤ 512 MB",
        (ours) => ours <= 512,
        other("peakRssMb", "MB"),
      ),
      row(
        `${n} streams: per-event delay p99`,
        t.project?.delayP99,
        "ms",
        "naive Next",
        t.naive?.delayP99,
        "≤ 50 ms",
        (ours) => ours <= 50,
        `${other("delayP99", "ms")}; direct ${fmt(t.direct?.delayP99, "ms")}`,
      ),
      row(
        `${n} streams: time to headers p99`,
        t.project?.headersP99,
        "ms",
        "naive Next",
        t.naive?.headersP99,
        undefined,
        undefined,
        other("headersP99", "ms"),
      ),
      row(
        `${n} streams: event-loop delay p99`,
        t.project?.loopP99,
        "ms",
        "naive Next",
        t.naive?.loopP99,
        undefined,
        undefined,
        `${other("loopP99", "ms")}; max ${fmt(t.project?.loopMax, "ms")}`,
      ),
    );
  }
  if (page) {
    const p = page;
    if (p.firstLoad)
      rows.push(
        row(
          "first-load JS for /, gzipped",
          p.firstLoad.project?.kb,
          "kB",
          "empty Next page",
          p.firstLoad.naive?.kb,
          "≤ 200 kB",
          (ours) => ours <= 200,
        ),
        row(
          "JS prefetched while idle after the first load, gzipped",
          p.firstLoad.project?.idleKb,
          "kB",
          "empty Next page",
          p.firstLoad.naive?.idleKb,
        ),
      );
    if (p.navigation)
      rows.push(
        row(
          "navigation to interactive",
          p.navigation.project?.interactiveMs,
          "ms",
          "bare page",
          p.navigation.bare?.interactiveMs,
        ),
      );
    for (const [key, label] of [
      ["one", "1 stream"],
      ["four", "4 streams"],
      ["compareFour", "4 compare columns"],
    ]) {
      const s = p.streaming?.[key];
      if (!s) continue;
      const tokens = `${results.config.streamTokens} tokens at ${results.config.tokensPerSecond} tok/s`;
      rows.push(
        row(
          `${label} of ${tokens}: longest task`,
          s.project?.longestTask,
          "ms",
          "bare page",
          s.bare?.longestTask,
          "≤ 50 ms",
          (ours) => ours <= 50,
        ),
        row(
          `${label}: total long-task time`,
          s.project?.longTaskTotal,
          "ms",
          "bare page",
          s.bare?.longTaskTotal,
          undefined,
          undefined,
          `${s.project?.longTaskCount ?? "n/a"} long tasks in ${fmt(s.project?.seconds, "s")}`,
        ),
        row(
          `${label}: main thread busy (share of stream)`,
          s.project?.busyShare,
          "",
          "bare page",
          s.bare?.busyShare,
          "≤ 0.25 of the stream more than the bare page",
          (ours, base) => ours - base <= 0.25,
        ),
        row(
          `${label}: keystroke-to-paint, worst`,
          s.project?.keystroke?.max,
          "ms",
          "bare page",
          s.bare?.keystroke?.max,
          "≤ 50 ms",
          (ours) => ours <= 50,
          `p50 ${fmt(s.project?.keystroke?.p50, "ms")}`,
        ),
      );
    }
    for (const [key, typing] of Object.entries(p.typing ?? {})) {
      rows.push(
        row(
          `typing, ${typing.label}: per keystroke, worst`,
          typing.project?.keystrokeMax,
          "ms",
          "bare page",
          typing.bare?.keystrokeMax,
          "≤ 50 ms",
          (ours) => ours <= 50,
          `p50 ${fmt(typing.project?.keystrokeP50, "ms")}`,
        ),
        row(
          `typing, ${typing.label}: longest task`,
          typing.project?.longestTask,
          "ms",
          "bare page",
          typing.bare?.longestTask,
          "≤ 200 ms",
          (ours) => ours <= 200,
          key === "image" ? "bare page has no image" : "",
        ),
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
