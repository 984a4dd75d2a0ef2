import { CostValue } from "@/components/cost/cost-value";
import type { Recording } from "@/lib/run/recording";
import { formatDuration } from "@/lib/run/use-elapsed";
import type { CellSummary, GridCell } from "@/lib/test-cases/test-case-grid";

const statusTone = (status: string) =>
  status === "done" ? "text-ok" : status === "error" ? "text-danger" : "text-fg-muted";

/** One cell of the results: its status, time, cost and answer; opens its recording once it has one. */
export function ResultCell({
  title,
  cell,
  summary,
  onOpen,
}: {
  title: string;
  cell: GridCell | undefined;
  summary: CellSummary;
  onOpen(title: string, recording: Recording): void;
}) {
  const { status, totalMs, costUsd, preview } = summary;
  return (
    <td className="px-1 py-1">
      <button
        type="button"
        disabled={!cell?.recording}
        onClick={() => cell?.recording && onOpen(title, cell.recording)}
        aria-label={`${title}: ${status}`}
        className="flex w-56 flex-col gap-0.5 rounded-md border border-border p-1.5 text-left hover:border-indigo-400 disabled:cursor-default disabled:hover:border-border"
      >
        <span className="flex gap-2 font-mono">
          <span className={statusTone(status)}>{status}</span>
          {totalMs !== undefined && <span>{formatDuration(totalMs)}</span>}
          {costUsd !== undefined && <CostValue usd={costUsd} />}
        </span>
        <span className="line-clamp-3 text-fg-soft">{preview}</span>
      </button>
    </td>
  );
}
