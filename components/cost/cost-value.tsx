import { formatUsd } from "@/lib/cost/cost";

/**
 * A cost as every view shows it (Metrics, the compare summary, the test-case grid): one precision,
 * figures that line up, and the unrounded amount on hover.
 */
export function CostValue({ usd }: { usd: number | undefined }) {
  if (usd === undefined) return <>—</>;
  return (
    <span className="font-mono tabular-nums" title={`${usd} USD, estimated from listed prices`}>
      {formatUsd(usd)}
    </span>
  );
}
