import { CostValue } from "@/components/cost/cost-value";
import { ResultCell } from "@/components/test-cases/result-cell";
import { TableHead } from "@/components/ui/table-head";
import type { Recording } from "@/lib/run/recording";
import { formatDuration } from "@/lib/run/use-elapsed";
import {
  cellKey,
  cellSummary,
  cellTitle,
  type GridCell,
  type GridColumn,
  gridTotals,
  type PricedModels,
} from "@/lib/test-cases/test-case-grid";
import type { TestCase } from "@/lib/test-cases/test-cases";

/** A row per test case, a column per model, a cell per run; the totals of the run below. */
export function ResultsGrid({
  rows,
  columns,
  cells,
  models,
  onOpen,
}: {
  rows: readonly TestCase[];
  columns: readonly GridColumn[];
  cells: ReadonlyMap<string, GridCell>;
  models: PricedModels;
  onOpen(title: string, recording: Recording): void;
}) {
  const totals = gridTotals(cells.values(), models);
  return (
    <div className="overflow-x-auto">
      <table aria-label="Results" className="w-full text-xs">
        <TableHead
          className="text-fg-muted"
          cellClassName="px-1 font-medium"
          cells={[
            { key: "test case", label: "Test case" },
            ...columns.map((column) => ({
              key: column.id,
              label: column.name,
              className: "font-mono",
            })),
          ]}
        />
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.id} className="align-top">
              <th scope="row" className="px-1 py-1 text-left font-normal">
                {r + 1}
              </th>
              {columns.map((column) => {
                const cell = cells.get(cellKey(row.id, column.id));
                return (
                  <ResultCell
                    key={column.id}
                    title={cellTitle(r, column)}
                    cell={cell}
                    summary={cellSummary(cell, models)}
                    onOpen={onOpen}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-border">
            <th scope="row" className="px-1 py-1 text-left font-medium">
              Totals
            </th>
            <td colSpan={columns.length} className="px-1 py-1 font-mono">
              {totals.done} done, {totals.failed} failed · {formatDuration(totals.ms)} of run time ·{" "}
              <CostValue usd={totals.usd} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
