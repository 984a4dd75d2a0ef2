"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { CodeSplit } from "@/components/code/code-split";
import { CellRecordingDialog } from "@/components/test-cases/cell-recording-dialog";
import { GridRunControls } from "@/components/test-cases/grid-run-controls";
import { ResultsGrid } from "@/components/test-cases/results-grid";
import { SelectedRequest } from "@/components/test-cases/selected-request";
import { TestCaseMessage, type TestCaseNotice } from "@/components/test-cases/test-case-message";
import { TestCaseRows } from "@/components/test-cases/test-case-rows";
import { TestCaseToolbar } from "@/components/test-cases/test-case-toolbar";
import { TestCasesHeader } from "@/components/test-cases/test-cases-header";
import { useGridRun } from "@/components/test-cases/use-grid-run";
import { VariablesList } from "@/components/test-cases/variables-list";
import type { Comparison } from "@/lib/compare/compare";
import type { RunMode } from "@/lib/keys/run-mode";
import { modelsQueryOptions } from "@/lib/models/models-query";
import { usePlaygroundRequest } from "@/lib/request/request-context";
import type { Recording } from "@/lib/run/recording";
import { gridColumns, gridTasks } from "@/lib/test-cases/test-case-grid";
import { selectedValues, type TestCaseTable, tableColumns } from "@/lib/test-cases/test-cases";
import { findVariables, substituteVariables } from "@/lib/test-cases/variables";

export interface TestCasesWorkspaceProps {
  table: TestCaseTable;
  onTableChange(table: TestCaseTable): void;
  /** The columns of a comparison, when one is open; else the editor's request is the one column. */
  comparison: Comparison | null;
  mode: RunMode;
  onClose(): void;
}

/** Variables, a table of test cases, and the grid of every row run on every column. */
export default function TestCasesWorkspace(props: TestCasesWorkspaceProps) {
  const { table, onTableChange, comparison } = props;
  const [request] = usePlaygroundRequest();
  const models = useQuery(modelsQueryOptions());
  const variables = useMemo(() => findVariables(request), [request]);
  const names = tableColumns(variables, table.rows);
  const grid = useGridRun(props.mode);
  const [notice, setNotice] = useState<TestCaseNotice | null>(null);
  const [opened, setOpened] = useState<{ title: string; recording: Recording } | null>(null);

  const columns = useMemo(() => gridColumns(request, comparison), [comparison, request]);
  const values = selectedValues(table);
  const selectedRequest = substituteVariables(columns[0]?.request ?? request, values);

  const runAll = (concurrency: number) => {
    const built = gridTasks(table.rows, columns);
    if (!built.ok) {
      setNotice({ tone: "error", text: built.error });
      return;
    }
    setNotice(null);
    grid.start(built.tasks, concurrency);
  };

  return (
    <section aria-label="Test cases" className="flex min-h-0 min-w-0 flex-col">
      <TestCasesHeader rows={table.rows.length} columns={columns.length} onClose={props.onClose} />
      <CodeSplit id="test-cases-code" label="Test cases" request={selectedRequest}>
        <div className="min-h-0 flex-1 space-y-4 overflow-y-auto p-3">
          <VariablesList variables={variables} values={values} />
          <section aria-label="Test case table" className="space-y-2">
            <TestCaseToolbar
              table={table}
              columns={names}
              onTableChange={onTableChange}
              onNotice={setNotice}
            />
            <TestCaseRows table={table} columns={names} onTableChange={onTableChange} />
          </section>
          <TestCaseMessage notice={notice} />
          <GridRunControls grid={grid} canRun={table.rows.length > 0} onRun={runAll} />
          {grid.total > 0 && (
            <ResultsGrid
              rows={table.rows}
              columns={columns}
              cells={grid.cells}
              models={models.data?.data}
              onOpen={(title, recording) => setOpened({ title, recording })}
            />
          )}
          <SelectedRequest request={selectedRequest} />
        </div>
      </CodeSplit>
      <CellRecordingDialog
        title={opened?.title ?? ""}
        recording={opened?.recording ?? null}
        onClose={() => setOpened(null)}
      />
    </section>
  );
}
