"use client";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { CacheSavingsView } from "@/components/cost/cache-savings-view.lazy";
import { CostValue } from "@/components/cost/cost-value";
import { RunOriginNote } from "@/components/run/origin-label";
import { ResponseModelNote } from "@/components/run/response-model.lazy";
import { TableHead } from "@/components/ui/table-head";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { estimateCost, pricedModel } from "@/lib/cost/cost";
import { modelsQueryOptions } from "@/lib/models/models-query";
import type { RunSnapshot } from "@/lib/run/recorder";
import { runRates } from "@/lib/run/run-rates";
import { formatDuration } from "@/lib/run/use-elapsed";

const count = (n: number | null | undefined) =>
  typeof n === "number" ? n.toLocaleString("en-US") : "—";

export function MetricsView({
  state,
  onRun,
}: {
  state: RunSnapshot;
  onRun?: (request: PlaygroundRequest) => void;
}) {
  const models = useQuery(modelsQueryOptions());
  if (state.status === "idle") return <p className="p-4 text-sm text-fg-subtle">No run yet.</p>;
  const usage = state.message?.usage ?? {};
  const model = pricedModel(
    models.data?.data,
    state.request?.body.model ?? "",
    state.message?.model,
  );
  const rates = runRates(state);
  // A stopped stream's cost rests on the estimate, not on message_start's placeholder count.
  const billed = rates.estimated ? { ...usage, output_tokens: rates.outputTokens } : usage;
  const cost = state.message ? estimateCost(model, billed) : undefined;
  const est = rates.estimated ? " (estimated)" : "";
  const approx = rates.estimated ? "≈ " : "";
  const timing: [string, string][] = state.streamed
    ? [
        ["Time to first token", formatDuration(state.firstTokenMs)],
        ["Total time", formatDuration(state.totalMs)],
        [
          `Output tokens per second${est}`,
          rates.tokensPerSecond === undefined
            ? "—"
            : `${approx}${rates.tokensPerSecond.toFixed(1)}`,
        ],
      ]
    : [
        ["Time to first byte", formatDuration(state.responseMs)],
        ["Total time", formatDuration(state.totalMs)],
      ];
  const rows: [string, ReactNode][] = [
    ...timing,
    ["Input tokens", count(usage.input_tokens)],
    [
      `Output tokens${est}`,
      rates.outputTokens === undefined ? "—" : `${approx}${count(rates.outputTokens)}`,
    ],
    ["Cache creation tokens", count(usage.cache_creation_input_tokens)],
    ["Cache read tokens", count(usage.cache_read_input_tokens)],
    [
      "Estimated cost",
      models.isPending && state.message && !cost ? "…" : <CostValue key="cost" usd={cost?.usd} />,
    ],
    ["Stop reason", state.message?.stop_reason ?? "—"],
  ];
  return (
    <div className="p-3">
      <RunOriginNote state={state} className="mb-3" />
      <ResponseModelNote state={state} className="mb-3" />
      <dl aria-label="Metrics" className="grid grid-cols-3 gap-2">
        {rows.map(([term, value]) => (
          <div
            key={term}
            className="flex flex-col gap-0.5 rounded-md border border-border bg-surface-sunken/60 px-3 py-2"
          >
            <dt className="text-xs text-fg-muted">{term}</dt>
            <dd className="truncate font-mono text-base tabular-nums text-fg">{value}</dd>
          </div>
        ))}
      </dl>
      {cost && cost.lines.length > 0 && (
        <table className="mt-4 w-full max-w-md text-xs">
          <caption className="mb-1 text-left font-medium text-fg-muted">
            Cost breakdown ({model?.id})
          </caption>
          <TableHead
            className="text-fg-subtle"
            cellClassName="font-normal"
            cells={["Item", "Tokens", "$/M", "Cost"].map((label, i) => ({
              key: label,
              label,
              className: i > 0 ? "text-right" : undefined,
            }))}
          />
          <tbody className="font-mono tabular-nums">
            {cost.lines.map((line) => (
              <tr key={line.label}>
                <th scope="row" className="text-left font-sans font-normal">
                  {line.label}
                </th>
                <td className="text-right">{count(line.tokens)}</td>
                <td className="text-right">{line.pricePerM}</td>
                <td className="text-right">
                  <CostValue usd={line.usd} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {state.message && <CacheSavingsView state={state} model={model} onRun={onRun} />}
      {rates.estimated && (
        <p className="mt-3 text-xs text-warn">
          The stream ended before its final token count, so output tokens and their rate are
          estimated from the {count(state.contentDeltas)} deltas received.
        </p>
      )}
      {!state.streamed && state.status !== "running" && (
        <p className="mt-3 text-xs text-fg-muted">
          Not streamed: the answer arrived whole, so there is no time to first token or token rate.
        </p>
      )}
      <p className="mt-3 text-xs text-fg-subtle">
        Cost is an estimate from the model's listed prices; ZenMux's bill is authoritative.
      </p>
    </div>
  );
}
