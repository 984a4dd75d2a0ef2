"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { CodeSplit } from "@/components/code/code-split";
import { AnswerDiff } from "@/components/compare/answer-diff";
import { CompareColumnView } from "@/components/compare/compare-column";
import { CompareSummary } from "@/components/compare/compare-summary";
import { ComparisonShare } from "@/components/compare/comparison-share";
import { buttonClass, primaryButtonClass } from "@/components/ui/field-styles";
import { StopButton } from "@/components/ui/stop-button";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import {
  type CompareColumn,
  type Comparison,
  columnRequest,
  MAX_COLUMNS,
  MIN_COLUMNS,
  newColumn,
} from "@/lib/compare/compare";
import type { RunMode } from "@/lib/keys/run-mode";
import { modelsQueryOptions } from "@/lib/models/models-query";
import { useDeferredRequest, useRequestStore } from "@/lib/request/request-context";
import type { Recording } from "@/lib/run/recording";
import type { RunController } from "@/lib/run/use-run";
import type { Prepared } from "@/lib/test-cases/variables";

export interface CompareWorkspaceProps {
  comparison: Comparison;
  onComparisonChange(comparison: Comparison): void;
  mode: RunMode;
  /** Answers a shared comparison carried, by column. */
  initialRecordings?: (Recording | null)[];
  /** Makes a column's request the playground's, and leaves the comparison. */
  onOpenInPlayground(request: PlaygroundRequest): void;
  onClose(): void;
  /** What a column sends, or why it cannot: where the selected test case fills in variables. */
  prepare?(request: PlaygroundRequest): Prepared;
}

/** Each column's accessible name: its model, with its column number when two share a model. */
export function columnNames(columns: readonly CompareColumn[]): string[] {
  return columns.map((column, index) => {
    const model = column.model.trim() || "no model";
    const shared = columns.filter((other) => other.model.trim() === column.model.trim()).length > 1;
    return shared || !column.model.trim() ? `${model} (column ${index + 1})` : model;
  });
}

/** What a column sends (the shared request with its overrides, variables filled in), or why not. */
function prepareColumn(
  shared: PlaygroundRequest,
  column: CompareColumn,
  prepare: CompareWorkspaceProps["prepare"],
): Prepared {
  const request = columnRequest(shared, column);
  return prepare ? prepare(request) : { ok: true, request };
}

/** Several models answer the same request side by side; each column is a recording. */
export default function CompareWorkspace(props: CompareWorkspaceProps) {
  const { comparison, onComparisonChange } = props;
  // The columns follow the shared request after each keystroke has painted: typing in it does
  // not wait for four columns, their code and their summary to render again.
  const shared = useDeferredRequest();
  const store = useRequestStore();
  const models = useQuery(modelsQueryOptions());
  const modelListId = useId();
  const blockedId = useId();
  const [focusedId, setFocusedId] = useState(comparison.columns[0]?.id ?? "");
  const runs = useRef(new Map<string, RunController>());
  const [, setRunsVersion] = useState(0);
  const [initial] = useState(
    () =>
      new Map(
        comparison.columns.map((column, i) => [column.id, props.initialRecordings?.[i] ?? null]),
      ),
  );

  const columns = comparison.columns;
  const names = columnNames(columns);
  const focused = columns.find((column) => column.id === focusedId) ?? columns[0];
  const { prepare } = props;
  const prepared = useMemo(
    () => columns.map((column) => prepareColumn(shared, column, prepare)),
    [columns, shared, prepare],
  );
  // A run sends the shared request as it is at the click, not as the columns last rendered it.
  const prepareNow = useCallback(
    (column: CompareColumn) => prepareColumn(store.get(), column, prepare),
    [store, prepare],
  );
  const blocked = prepared.find((p): p is Extract<Prepared, { ok: false }> => !p.ok);

  const onRun = useCallback((id: string, run: RunController) => {
    runs.current.set(id, run);
    setRunsVersion((v) => v + 1);
  }, []);

  const onChange = useCallback(
    (column: CompareColumn) =>
      onComparisonChange({ columns: columns.map((c) => (c.id === column.id ? column : c)) }),
    [columns, onComparisonChange],
  );
  const onRemove = useCallback(
    (id: string) => {
      runs.current.get(id)?.stop();
      runs.current.delete(id);
      onComparisonChange({ columns: columns.filter((c) => c.id !== id) });
    },
    [columns, onComparisonChange],
  );

  const runAll = () => {
    const ready = columns.map(prepareNow);
    if (ready.some((p) => !p.ok)) return;
    columns.forEach((column, i) => {
      const now = ready[i];
      if (now?.ok && column.model.trim()) runs.current.get(column.id)?.start(now.request);
    });
  };
  const stopAll = () => {
    for (const run of runs.current.values()) run.stop();
  };
  const states = columns.map((column) => runs.current.get(column.id));
  const anyRunning = states.some((run) => run?.state.status === "running");

  // Ctrl/Cmd+Enter runs every column, Esc stops them, as the single run bar does.
  const latest = useRef({ runAll, stopAll, anyRunning });
  latest.current = { runAll, stopAll, anyRunning };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.isComposing) {
        event.preventDefault();
        if (!latest.current.anyRunning) latest.current.runAll();
      } else if (event.key === "Escape" && latest.current.anyRunning && !event.defaultPrevented) {
        if (document.querySelector('[role="dialog"][data-state="open"]')) return;
        latest.current.stopAll();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  const focusedIndex = focused ? columns.indexOf(focused) : 0;
  const focusedPrepared = prepared[focusedIndex];
  const recordings = columns.map((column) => runs.current.get(column.id)?.recording ?? null);

  return (
    <section aria-label="Comparison" className="flex min-h-0 min-w-0 flex-col">
      <datalist id={modelListId}>
        {models.data?.data.map((model) => (
          <option key={model.id} value={model.id} />
        ))}
      </datalist>
      <div className="flex flex-wrap items-center gap-2 border-b border-border px-3 py-2">
        <h2 className="text-sm font-semibold">Compare {columns.length} columns</h2>
        {anyRunning ? (
          <StopButton onStop={stopAll} label="Stop all" />
        ) : (
          <button
            type="button"
            onClick={runAll}
            disabled={blocked !== undefined}
            aria-describedby={blocked ? blockedId : undefined}
            className={primaryButtonClass}
          >
            Run all
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            const column = newColumn(shared.body.model);
            onComparisonChange({ columns: [...columns, column] });
            setFocusedId(column.id);
          }}
          disabled={columns.length >= MAX_COLUMNS}
          title={columns.length >= MAX_COLUMNS ? `At most ${MAX_COLUMNS} columns` : undefined}
          className={buttonClass}
        >
          Add column
        </button>
        <AnswerDiff names={names} runs={states} />
        <ComparisonShare request={shared} comparison={comparison} recordings={recordings} />
        <button type="button" onClick={props.onClose} className={`${buttonClass} ml-auto`}>
          Leave comparison
        </button>
        {blocked && (
          <p id={blockedId} className="basis-full text-xs text-danger">
            {blocked.error} Fill it in Test cases.
          </p>
        )}
      </div>
      <CodeSplit
        id="compare-code"
        label="Comparison"
        request={
          focused
            ? focusedPrepared?.ok
              ? focusedPrepared.request
              : columnRequest(shared, focused)
            : shared
        }
      >
        <div className="flex min-h-0 flex-1 gap-2 overflow-x-auto bg-zinc-50 p-2 dark:bg-zinc-900/40">
          {columns.map((column, i) => (
            <CompareColumnView
              key={column.id}
              column={column}
              name={names[i] ?? column.model}
              shared={shared}
              prepared={prepared[i] ?? { ok: true, request: shared }}
              mode={props.mode}
              focused={column.id === focused?.id}
              canRemove={columns.length > MIN_COLUMNS}
              initialRecording={initial.get(column.id)}
              modelListId={modelListId}
              onChange={onChange}
              onRemove={onRemove}
              onFocus={setFocusedId}
              onOpenInPlayground={props.onOpenInPlayground}
              onRun={onRun}
              prepareNow={prepareNow}
            />
          ))}
        </div>
        <CompareSummary names={names} runs={states} models={models.data?.data ?? []} />
        <p className="border-t border-border px-3 pt-1 text-xs text-fg-muted">
          Code below: the request of <strong className="font-medium">{names[focusedIndex]}</strong>
        </p>
      </CodeSplit>
    </section>
  );
}
