/**
 * The test-case grid: every row of the table run on every column. The columns are a comparison's,
 * when one is open, or else the editor's request alone. What each cell sends, what it shows, and
 * the totals of a run are worked out here; use-grid-run.ts runs the cells.
 */
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { columnFigures } from "@/lib/compare/column-figures";
import { type Comparison, columnRequest } from "@/lib/compare/compare";
import { answerPreview } from "@/lib/run/answer-preview";
import type { RunSnapshot } from "@/lib/run/recorder";
import type { Recording } from "@/lib/run/recording";
import type { TestCase } from "@/lib/test-cases/test-cases";
import { prepareRequest } from "@/lib/test-cases/variables";

/** One column of the grid: a model and the request (still with its variables) it sends. */
export interface GridColumn {
  id: string;
  name: string;
  request: PlaygroundRequest;
}

/** What a grid cell sends: `key` names the cell (test case × column). */
export interface GridCellTask {
  key: string;
  request: PlaygroundRequest;
}

/**
 * One cell of the test-case grid: one test case × one column's run. A finished cell holds the
 * run as a FinishedRun (its recording and snapshot); "not run" is a cell a stop left queued.
 */
export interface GridCell {
  status: "queued" | "running" | "finished" | "not run";
  snapshot?: RunSnapshot;
  recording?: Recording;
}

/** The model catalog the cells' costs are priced by (absent while it loads). */
export type PricedModels = Parameters<typeof columnFigures>[1];

/** The grid's columns: the comparison's, each with its own request, or the editor's request. */
export function gridColumns(
  request: PlaygroundRequest,
  comparison: Comparison | null,
): GridColumn[] {
  if (!comparison) return [{ id: "editor", name: request.body.model, request }];
  return comparison.columns.map((column) => ({
    id: column.id,
    name: column.model,
    request: columnRequest(request, column),
  }));
}

export const cellKey = (rowId: string, columnId: string): string => `${rowId}:${columnId}`;

/** How a cell is named, on its button and on the dialog that opens its recording. */
export const cellTitle = (rowIndex: number, column: Pick<GridColumn, "name">): string =>
  `Test case ${rowIndex + 1} × ${column.name}`;

export type GridTasks = { ok: true; tasks: GridCellTask[] } | { ok: false; error: string };

/**
 * Every cell's request, row by row, with the row's values filled in. The first row with a
 * variable left empty stops the whole grid, so a run never goes out half-filled.
 */
export function gridTasks(rows: readonly TestCase[], columns: readonly GridColumn[]): GridTasks {
  const tasks: GridCellTask[] = [];
  for (const [r, row] of rows.entries()) {
    for (const column of columns) {
      const prepared = prepareRequest(column.request, row.values);
      if (!prepared.ok) {
        return { ok: false, error: `Test case ${r + 1}: ${prepared.error} Nothing was run.` };
      }
      tasks.push({ key: cellKey(row.id, column.id), request: prepared.request });
    }
  }
  return { ok: true, tasks };
}

/** What a result cell shows: its status, its time and cost once done, and its answer's start. */
export interface CellSummary {
  /** The run's status once it has one, else the cell's place in the queue; "—" before a run. */
  status: string;
  totalMs?: number;
  costUsd?: number;
  preview: string;
}

export function cellSummary(cell: GridCell | undefined, models: PricedModels): CellSummary {
  const snapshot = cell?.snapshot;
  if (!snapshot) return { status: cell?.status ?? "—", preview: "" };
  return {
    status: snapshot.status,
    totalMs: snapshot.totalMs,
    costUsd: columnFigures(snapshot, models).costUsd,
    preview: answerPreview(snapshot),
  };
}

export interface GridTotals {
  /** Run time of every finished cell, added up. */
  ms: number;
  usd: number;
  done: number;
  failed: number;
}

/** The footer of the results: how many cells finished well or badly, their time and cost. */
export function gridTotals(cells: Iterable<GridCell>, models: PricedModels): GridTotals {
  const totals: GridTotals = { ms: 0, usd: 0, done: 0, failed: 0 };
  for (const { snapshot } of cells) {
    if (!snapshot) continue;
    totals.ms += snapshot.totalMs ?? 0;
    totals.usd += columnFigures(snapshot, models).costUsd ?? 0;
    if (snapshot.status === "done") totals.done += 1;
    if (snapshot.status === "error") totals.failed += 1;
  }
  return totals;
}
