"use client";

import { useCallback, useMemo, useReducer, useState } from "react";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import type { Comparison } from "@/lib/compare/compare";
import type { ComparisonOpen } from "@/lib/compare/compare-link";
import type { Scene } from "@/lib/present/scenes";
import type { RunController } from "@/lib/run/use-run";
import { EMPTY_TABLE, selectedValues, type TestCaseTable } from "@/lib/test-cases/test-cases";
import { type Prepared, prepareRequest, type VariableValues } from "@/lib/test-cases/variables";
import { initialWorkspace, type WorkspaceView, workspaceReducer } from "./workspace-view";

/** What sits beside the request editor: one answer, a comparison, or the test cases. */
export interface Workspaces {
  /** Which workspace is open: the one value the pane, the buttons and the layout read. */
  view: WorkspaceView;
  comparison: Comparison | null;
  setComparison(comparison: Comparison | null): void;
  testCases: TestCaseTable;
  setTestCases(table: TestCaseTable): void;
  setTestCasesOpen(open: boolean): void;
  /** The selected test case's values: what `{{variables}}` become when a request is sent. */
  values: VariableValues;
  prepare(request: PlaygroundRequest): Prepared;
  /** The editor's run, sending the request with variables filled in or saying what is missing. */
  send: RunController;
  /** True when the editor shares the page with a wide workspace (and has no run bar). */
  wide: boolean;
  presenting: boolean;
  setPresenting(presenting: boolean): void;
  /** The presenter's scenes, kept while the page is open. */
  scenes: Scene[];
  setScenes(scenes: Scene[]): void;
}

export function useWorkspaces(
  compareOpen: ComparisonOpen,
  run: RunController,
  onBlocked: (sentence: string) => void,
): Workspaces {
  const [{ view, comparison }, dispatch] = useReducer(
    workspaceReducer,
    compareOpen.kind === "ok" ? compareOpen.comparison : null,
    initialWorkspace,
  );
  const setComparison = useCallback(
    (next: Comparison | null) => dispatch({ type: "comparison", comparison: next }),
    [],
  );
  const setTestCasesOpen = useCallback(
    (open: boolean) => dispatch({ type: "test-cases", open }),
    [],
  );
  const [testCases, setTestCases] = useState<TestCaseTable>(EMPTY_TABLE);
  const [presenting, setPresenting] = useState(false);
  const [scenes, setScenes] = useState<Scene[]>([]);
  const values = useMemo(() => selectedValues(testCases), [testCases]);
  const prepare = useCallback(
    (request: PlaygroundRequest) => prepareRequest(request, values),
    [values],
  );
  const send = useMemo<RunController>(
    () => ({
      ...run,
      start: (request) => {
        const prepared = prepare(request);
        if (prepared.ok) run.start(prepared.request);
        else onBlocked(`${prepared.error} Fill it in Test cases.`);
      },
    }),
    [run, prepare, onBlocked],
  );
  return {
    view,
    comparison,
    setComparison,
    testCases,
    setTestCases,
    setTestCasesOpen,
    values,
    prepare,
    send,
    wide: view !== "answer",
    presenting,
    setPresenting,
    scenes,
    setScenes,
  };
}
