"use client";

import type { ReactNode } from "react";
import { CostValue } from "@/components/cost/cost-value";
import { TableHead } from "@/components/ui/table-head";
import type { ModelInfo } from "@/lib/anthropic/models";
import { bestColumns, columnFigures, FIGURES, type Figure } from "@/lib/compare/column-figures";
import { formatDuration } from "@/lib/run/use-elapsed";
import type { RunController } from "@/lib/run/use-run";

const FORMAT: Record<Figure, (value: number) => ReactNode> = {
  ttftMs: (ms) => formatDuration(ms),
  tokensPerSecond: (rate) => rate.toFixed(1),
  totalMs: (ms) => formatDuration(ms),
  tokens: (n) => n.toLocaleString("en-US"),
  costUsd: (usd) => <CostValue usd={usd} />,
};

/** One row per column: TTFT, tokens/s, total time, tokens and cost, the best of each marked. */
export function CompareSummary({
  names,
  runs,
  models,
  hideCost = false,
}: {
  names: readonly string[];
  runs: readonly (RunController | undefined)[];
  models: readonly ModelInfo[];
  hideCost?: boolean;
}) {
  const figures = runs.map((run) => (run ? columnFigures(run.state, models) : {}));
  const best = bestColumns(figures);
  const shown = FIGURES.filter((figure) => !(hideCost && figure.key === "costUsd"));
  return (
    <section
      aria-label="Summary of the columns"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable).
      tabIndex={0}
      className="max-h-48 shrink-0 overflow-auto border-t border-border"
    >
      <table aria-label="Summary" className="w-full text-xs">
        <TableHead
          sticky
          className="text-fg-muted"
          cellClassName="py-1 font-medium"
          cells={[
            { key: "column", label: "Column", className: "px-3" },
            { key: "status", label: "Status", className: "px-2" },
            ...shown.map((figure) => ({
              key: figure.key,
              label: figure.label,
              className: "px-2 text-right",
            })),
          ]}
        />
        <tbody className="font-mono tabular-nums">
          {names.map((name, i) => (
            <tr key={name} className="border-t border-zinc-100 dark:border-zinc-900">
              <th
                scope="row"
                className="max-w-56 truncate px-3 py-1 text-left font-sans font-normal"
              >
                {name}
              </th>
              <td className="px-2 py-1 font-sans">{runs[i]?.state.status ?? "idle"}</td>
              {shown.map(({ key }) => {
                const value = figures[i]?.[key];
                const isBest = best[key].includes(i);
                return (
                  <td
                    key={key}
                    className={`px-2 py-1 text-right ${isBest ? "font-semibold text-emerald-800 dark:text-emerald-300" : ""}`}
                  >
                    {value === undefined ? "—" : FORMAT[key](value)}
                    {isBest && (
                      <span className="ml-1 rounded bg-emerald-100 px-1 font-sans text-2xs text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">
                        best
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
