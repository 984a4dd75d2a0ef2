"use client";

import { useId, useState } from "react";
import type { GridRun } from "@/components/test-cases/use-grid-run";
import { primaryButtonClass } from "@/components/ui/field-styles";
import { StopButton } from "@/components/ui/stop-button";

const DEFAULT_CONCURRENCY = 4;
const MAX_CONCURRENCY = 16;

/** Run every test case (or stop the run), how many cells run at once, and how far it has got. */
export function GridRunControls({
  grid,
  canRun,
  onRun,
}: {
  grid: Pick<GridRun, "running" | "finished" | "total" | "stop">;
  canRun: boolean;
  onRun(concurrency: number): void;
}) {
  const [concurrency, setConcurrency] = useState(DEFAULT_CONCURRENCY);
  const ids = { concurrency: useId(), progress: useId() };
  return (
    <section aria-label="Run test cases" className="flex flex-wrap items-center gap-3">
      {grid.running ? (
        <StopButton onStop={grid.stop} />
      ) : (
        <button
          type="button"
          onClick={() => onRun(concurrency)}
          disabled={!canRun}
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
        max={MAX_CONCURRENCY}
        value={concurrency}
        onChange={(event) =>
          setConcurrency(Math.min(MAX_CONCURRENCY, Math.max(1, Number(event.target.value) || 1)))
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
  );
}
