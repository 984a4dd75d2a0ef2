"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { CodePanelSlot } from "@/components/code/code-panel-slot";
import { CostValue } from "@/components/cost/cost-value";
import { CellRecordingDialog } from "@/components/test-cases/cell-recording-dialog";
import { useGridRun } from "@/components/test-cases/use-grid-run";
import { buttonClass, inputClass, primaryButtonClass } from "@/components/ui/field-styles";
import { FileButton } from "@/components/ui/file-button";
import { StopButton } from "@/components/ui/stop-button";
import { TableHead } from "@/components/ui/table-head";
import type { Comparison } from "@/lib/compare/compare";
import type { RunMode } from "@/lib/keys/run-mode";
import { modelsQueryOptions } from "@/lib/models/models-query";
import { usePlaygroundRequest } from "@/lib/request/request-context";
import type { Recording } from "@/lib/run/recording";
import { formatDuration } from "@/lib/run/use-elapsed";
import { downloadText } from "@/lib/share/download";
import {
  addTestCase,
  deleteTestCase,
  duplicateTestCase,
  importedTable,
  selectTestCase,
  setCell,
} from "@/lib/test-cases/table-edits";
import { fromFile, toCsv, toJson } from "@/lib/test-cases/test-case-files";
import {
  cellKey,
  cellSummary,
  cellTitle,
  type GridCell,
  type GridColumn,
  type GridTotals,
  gridColumns,
  gridTasks,
  gridTotals,
  type PricedModels,
} from "@/lib/test-cases/test-case-grid";
import {
  selectedValues,
  type TestCase,
  type TestCaseTable,
  tableColumns,
} from "@/lib/test-cases/test-cases";
import { findVariables, substituteVariables } from "@/lib/test-cases/variables";

export interface TestCasesWorkspaceProps {
  table: TestCaseTable;
  onTableChange(table: TestCaseTable): void;
  /** The columns of a comparison, when one is open; else the editor's request is the one column. */
  comparison: Comparison | null;
  mode: RunMode;
  onClose(): void;
}

const DEFAULT_CONCURRENCY = 4;

/** Variables, a table of test cases, and the grid of every row run on every column. */
export default function TestCasesWorkspace(props: TestCasesWorkspaceProps) {
  const { table, onTableChange, comparison } = props;
  const [request] = usePlaygroundRequest();
  const models = useQuery(modelsQueryOptions());
  const variables = useMemo(() => findVariables(request), [request]);
  const names = tableColumns(variables, table.rows);
  const grid = useGridRun(props.mode);
  const [concurrency, setConcurrency] = useState(DEFAULT_CONCURRENCY);
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [opened, setOpened] = useState<{ title: string; recording: Recording } | null>(null);
  const ids = { concurrency: useId(), progress: useId() };

  const columns = useMemo(() => gridColumns(request, comparison), [comparison, request]);

  const values = selectedValues(table);
  const selectedRequest = substituteVariables(columns[0]?.request ?? request, values);

  const importFile = async (file: File) => {
    const text = await file.text();
    const imported = fromFile(file.name, text);
    if (!imported.ok) {
      setMessage({ tone: "error", text: `${file.name}: ${imported.error} Nothing was changed.` });
      return;
    }
    onTableChange(importedTable(imported.rows));
    setMessage({
      tone: "info",
      text: `Imported ${imported.rows.length} test case${imported.rows.length === 1 ? "" : "s"} from ${file.name}.`,
    });
  };

  const runAll = () => {
    const built = gridTasks(table.rows, columns);
    if (!built.ok) {
      setMessage({ tone: "error", text: built.error });
      return;
    }
    setMessage(null);
    grid.start(built.tasks, concurrency);
  };

  const totals = gridTotals(grid.cells.values(), models.data?.data);

  return (
    <section aria-label="Test cases" className="flex min-h-0 min-w-0 flex-col">
      <div className="flex flex-wrap items-center gap-2 border-b border-border px-3 py-2">
        <h2 className="text-sm font-semibold">Test cases</h2>
        <span className="text-xs text-fg-muted">
          {table.rows.length} × {columns.length} {columns.length === 1 ? "model" : "columns"}
        </span>
        <button type="button" onClick={props.onClose} className={`${buttonClass} ml-auto`}>
          Close test cases
        </button>
      </div>
      <div className="min-h-0 flex-1 space-y-4 overflow-y-auto p-3">
        <section aria-label="Variables" className="space-y-1">
          <h3 className="text-xs font-semibold tracking-wide text-fg-muted uppercase">Variables</h3>
          {variables.length === 0 ? (
            <p className="text-sm text-fg-muted">
              Write <code className="font-mono">{"{{name}}"}</code> in the system prompt or a
              message to make a variable.
            </p>
          ) : (
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
              {variables.map((name) => (
                <div key={name} className="contents">
                  <dt className="font-mono">{`{{${name}}}`}</dt>
                  <dd className={values[name] ? "truncate" : "text-danger"}>
                    {values[name] || "no value"}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </section>

        <section aria-label="Test case table" className="space-y-2">
          <div className="flex flex-wrap items-center gap-2">
            <button
              type="button"
              onClick={() => onTableChange(addTestCase(table, names))}
              className={buttonClass}
            >
              Add test case
            </button>
            <FileButton
              accept=".csv,.json,text/csv,application/json"
              inputLabel="Test case file"
              className={buttonClass}
              onFile={(file) => void importFile(file)}
            >
              Import CSV or JSON
            </FileButton>
            <button
              type="button"
              disabled={table.rows.length === 0}
              onClick={() => downloadText("test-cases.csv", "text/csv", toCsv(names, table.rows))}
              className={buttonClass}
            >
              Export CSV
            </button>
            <button
              type="button"
              disabled={table.rows.length === 0}
              onClick={() =>
                downloadText("test-cases.json", "application/json", toJson(names, table.rows))
              }
              className={buttonClass}
            >
              Export JSON
            </button>
          </div>
          {table.rows.length > 0 && (
            <div className="overflow-x-auto">
              <table aria-label="Test cases" className="w-full text-sm">
                <TableHead
                  className="text-xs text-fg-muted"
                  cellClassName="px-1 font-medium"
                  cells={[
                    { key: "use", label: "Use", className: "w-10" },
                    { key: "#", label: "#", className: "w-8" },
                    ...names.map((name) => ({
                      key: `variable ${name}`,
                      label: name,
                      className: "font-mono",
                    })),
                    { key: "actions", label: <span className="sr-only">Actions</span> },
                  ]}
                />
                <tbody>
                  {table.rows.map((row, r) => (
                    <tr key={row.id} className="align-top">
                      <td className="px-1 py-1">
                        <input
                          type="radio"
                          name="selected-test-case"
                          aria-label={`Use test case ${r + 1}`}
                          checked={table.selectedId === row.id}
                          onChange={() => onTableChange(selectTestCase(table, row.id))}
                        />
                      </td>
                      <td className="px-1 py-1 text-fg-muted">{r + 1}</td>
                      {names.map((name) => (
                        <td key={name} className="px-1 py-1">
                          <textarea
                            aria-label={`${name} in test case ${r + 1}`}
                            value={row.values[name] ?? ""}
                            rows={1}
                            onChange={(event) =>
                              onTableChange(setCell(table, row.id, name, event.target.value))
                            }
                            className={`${inputClass} min-w-32 resize-y`}
                          />
                        </td>
                      ))}
                      <td className="px-1 py-1 whitespace-nowrap">
                        <button
                          type="button"
                          onClick={() => onTableChange(duplicateTestCase(table, row.id))}
                          className={buttonClass}
                        >
                          Duplicate<span className="sr-only"> test case {r + 1}</span>
                        </button>{" "}
                        <button
                          type="button"
                          onClick={() => onTableChange(deleteTestCase(table, row.id))}
                          className={buttonClass}
                        >
                          Delete<span className="sr-only"> test case {r + 1}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>

        {message && (
          <p
            role={message.tone === "error" ? "alert" : "status"}
            className={`text-sm ${message.tone === "error" ? "text-danger" : "text-fg-secondary"}`}
          >
            {message.text}
          </p>
        )}

        <section aria-label="Run test cases" className="flex flex-wrap items-center gap-3">
          {grid.running ? (
            <StopButton onStop={grid.stop} />
          ) : (
            <button
              type="button"
              onClick={runAll}
              disabled={table.rows.length === 0}
              className={primaryButtonClass}
            >
              Run all test cases
            </button>
          )}
          <label htmlFor={ids.concurrency} className="text-xs text-fg-muted">
            At once
          </label>
          <input
            id={ids.concurrency}
            type="number"
            min={1}
            max={16}
            value={concurrency}
            onChange={(event) =>
              setConcurrency(Math.min(16, Math.max(1, Number(event.target.value) || 1)))
            }
            className="h-7 w-16 rounded-md border border-border-strong bg-surface-raised px-2 text-sm"
          />
          {grid.total > 0 && (
            <>
              <progress
                id={ids.progress}
                aria-label="Test case progress"
                value={grid.finished}
                max={grid.total}
                className="h-2 w-40 accent-indigo-600"
              />
              <span role="status" aria-label="Test case run" className="text-xs">
                {grid.finished} of {grid.total} {grid.running ? "finished" : "run"}
              </span>
            </>
          )}
        </section>

        {grid.total > 0 && (
          <ResultsGrid
            rows={table.rows}
            columns={columns}
            cells={grid.cells}
            models={models.data?.data}
            totals={totals}
            onOpen={(title, recording) => setOpened({ title, recording })}
          />
        )}

        <section aria-label="Selected test case's request" className="space-y-1">
          <h3 className="text-xs font-semibold tracking-wide text-fg-muted uppercase">
            JSON sent for the selected test case
          </h3>
          <pre className="max-h-64 overflow-auto rounded-md border border-border bg-surface-sunken p-2 font-mono text-xs">
            {JSON.stringify(selectedRequest.body, null, 2)}
          </pre>
        </section>
      </div>
      <CodePanelSlot request={selectedRequest} />
      <CellRecordingDialog
        title={opened?.title ?? ""}
        recording={opened?.recording ?? null}
        onClose={() => setOpened(null)}
      />
    </section>
  );
}

function ResultsGrid({
  rows,
  columns,
  cells,
  models,
  totals,
  onOpen,
}: {
  rows: readonly TestCase[];
  columns: readonly GridColumn[];
  cells: ReadonlyMap<string, GridCell>;
  models: PricedModels;
  totals: GridTotals;
  onOpen(title: string, recording: Recording): void;
}) {
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
                const title = cellTitle(r, column);
                const { status, totalMs, costUsd: cost, preview } = cellSummary(cell, models);
                return (
                  <td key={column.id} className="px-1 py-1">
                    <button
                      type="button"
                      disabled={!cell?.recording}
                      onClick={() => cell?.recording && onOpen(title, cell.recording)}
                      aria-label={`${title}: ${status}`}
                      className="flex w-56 flex-col gap-0.5 rounded-md border border-border p-1.5 text-left hover:border-indigo-400 disabled:cursor-default disabled:hover:border-border"
                    >
                      <span className="flex gap-2 font-mono">
                        <span
                          className={
                            status === "done"
                              ? "text-ok"
                              : status === "error"
                                ? "text-danger"
                                : "text-fg-muted"
                          }
                        >
                          {status}
                        </span>
                        {totalMs !== undefined && <span>{formatDuration(totalMs)}</span>}
                        {cost !== undefined && <CostValue usd={cost} />}
                      </span>
                      <span className="line-clamp-3 text-fg-soft">{preview}</span>
                    </button>
                  </td>
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
