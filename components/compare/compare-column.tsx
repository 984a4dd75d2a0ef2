"use client";

import { memo, useEffect, useId, useState } from "react";
import { ModelFixTargetProvider } from "@/components/model-picker/model-fix-target";
import { ProtocolVerdict } from "@/components/run/protocol-verdict.lazy";
import { ResponsePanel } from "@/components/run/response-panel";
import { buttonClass, inputClass } from "@/components/ui/field-styles";
import { StopButton } from "@/components/ui/stop-button";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import {
  type CompareColumn as Column,
  columnChanges,
  columnRequest,
  parseOverrides,
} from "@/lib/compare/compare";
import type { RunMode } from "@/lib/keys/run-mode";
import type { Recording } from "@/lib/run/recording";
import { type RunController, useRun } from "@/lib/run/use-run";
import type { Prepared } from "@/lib/test-cases/variables";

export interface ColumnHandle {
  run: RunController;
}

interface Props {
  column: Column;
  /** The column's accessible name: its model, numbered when two columns share one. */
  name: string;
  shared: PlaygroundRequest;
  /** The column's request ready to send (variables filled in), or why it cannot be sent. */
  prepared: Prepared;
  mode: RunMode;
  focused: boolean;
  canRemove: boolean;
  /** A recording to show on mount (a shared comparison with its answers). */
  initialRecording?: Recording | null;
  modelListId: string;
  onChange(column: Column): void;
  onRemove(id: string): void;
  onFocus(id: string): void;
  onOpenInPlayground(request: PlaygroundRequest): void;
  /** Called with the column's run whenever its status or recording changes. */
  onRun(id: string, run: RunController): void;
  /** The column's request as it is now, for Run: `prepared` follows typing a little behind. */
  prepareNow(column: Column): Prepared;
}

/** One model's column: its model and overrides, and its run in the usual four views. */
export const CompareColumnView = memo(function CompareColumnView(props: Props) {
  const { column, name, shared, prepared, mode, focused, initialRecording } = props;
  const run = useRun({ mode });
  const { onRun } = props;
  const overridesId = useId();

  // biome-ignore lint/correctness/useExhaustiveDependencies: the parent needs the run again when its status or recording changes, not on every frame.
  useEffect(() => onRun(column.id, run), [run.state.status, run.recording, column.id, onRun]);

  const { show } = run;
  useEffect(() => {
    if (initialRecording) show(initialRecording, "link");
  }, [initialRecording, show]);

  const [draft, setDraft] = useState(() => overridesText(column.overrides));
  const [draftError, setDraftError] = useState<string | null>(null);

  const changes = columnChanges(shared, column);
  const running = run.state.status === "running";

  return (
    <section
      aria-label={name}
      onFocusCapture={() => props.onFocus(column.id)}
      onPointerDown={() => props.onFocus(column.id)}
      className={`flex min-h-0 w-[min(100%,34rem)] min-w-[19rem] shrink-0 grow basis-0 flex-col rounded-lg border bg-surface ${
        focused ? "border-focus ring-1 ring-focus" : "border-border"
      }`}
    >
      <div className="space-y-2 border-b border-border p-2">
        <input
          aria-label={`Model of ${name}`}
          list={props.modelListId}
          value={column.model}
          onChange={(event) => props.onChange({ ...column, model: event.target.value })}
          spellCheck={false}
          className={`${inputClass} font-mono text-xs`}
        />
        <div className="flex flex-wrap items-center gap-1.5">
          {running ? (
            <StopButton onStop={run.stop} compact />
          ) : (
            <button
              type="button"
              onClick={() => {
                const now = props.prepareNow(column);
                if (now.ok) run.start(now.request);
              }}
              disabled={!column.model.trim() || !prepared.ok}
              title={prepared.ok ? undefined : prepared.error}
              className={buttonClass}
            >
              {run.state.status === "idle" ? "Run" : "Re-run"}
            </button>
          )}
          <button
            type="button"
            onClick={() => props.onOpenInPlayground(columnRequest(shared, column))}
            title="Make this column's request the playground's"
            className={buttonClass}
          >
            Open in playground
          </button>
          <button
            type="button"
            onClick={() => props.onRemove(column.id)}
            disabled={!props.canRemove}
            title="Remove this column"
            className={`${buttonClass} ml-auto`}
          >
            Remove
            <span className="sr-only"> {name}</span>
          </button>
        </div>
        <details className="text-xs">
          <summary className="cursor-pointer text-fg-muted select-none">
            {changes.length === 0
              ? "Same as the shared request"
              : `${changes.length} ${changes.length === 1 ? "field differs" : "fields differ"} from the shared request`}
          </summary>
          <label htmlFor={overridesId} className="mt-2 block font-medium text-fg-secondary">
            Overrides (JSON; null leaves a field out)
          </label>
          <textarea
            id={overridesId}
            value={draft}
            rows={3}
            spellCheck={false}
            aria-invalid={draftError !== null}
            onChange={(event) => {
              setDraft(event.target.value);
              const parsed = parseOverrides(event.target.value);
              setDraftError(parsed.ok ? null : parsed.error);
              if (parsed.ok) props.onChange({ ...column, overrides: parsed.overrides });
            }}
            placeholder='{"temperature": 0.2, "max_tokens": 300}'
            className={`${inputClass} mt-1 font-mono text-xs`}
          />
          {draftError && <p className="mt-1 text-danger">{draftError}</p>}
        </details>
        {changes.length > 0 && (
          <ul
            aria-label={`How ${name} differs from the shared request`}
            className="space-y-0.5 font-mono text-2xs"
          >
            {changes.map((change) => (
              <li
                key={change.field}
                className="truncate"
                title={`${change.shared ?? "(none)"} → ${change.column ?? "(left out)"}`}
              >
                <span className="text-fg-secondary">{change.field}: </span>
                <del className="text-danger">{change.shared ?? "(none)"}</del>
                {" → "}
                <ins className="text-ok no-underline">{change.column ?? "(left out)"}</ins>
              </li>
            ))}
          </ul>
        )}
        <ProtocolVerdict state={run.state} compact />
      </div>
      <div className="flex min-h-0 flex-1 flex-col">
        {/* A model fix in this column's error changes this column's model, not the shared one. */}
        <ModelFixTargetProvider
          value={{
            name: "The column",
            model: column.model,
            setModel: (model) => props.onChange({ ...column, model }),
          }}
        >
          <ResponsePanel run={run} />
        </ModelFixTargetProvider>
      </div>
      {focused && (
        <span className="sr-only">Focused column: the code panel shows its request.</span>
      )}
    </section>
  );
});

function overridesText(overrides: Record<string, unknown>): string {
  return Object.keys(overrides).length === 0 ? "" : JSON.stringify(overrides);
}
