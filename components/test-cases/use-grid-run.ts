"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { RunMode } from "@/lib/keys/run-mode";
import { userKeyHeaders } from "@/lib/keys/user-key";
import { sendRun } from "@/lib/run/send-run";
import type { GridCell, GridCellTask } from "@/lib/test-cases/test-case-grid";
import { runPool } from "@/lib/test-cases/test-cases";

export interface GridRun {
  cells: ReadonlyMap<string, GridCell>;
  running: boolean;
  finished: number;
  total: number;
  start(tasks: readonly GridCellTask[], concurrency: number): void;
  stop(): void;
}

/** Runs a grid of requests, at most `concurrency` at once; each cell ends as a recording. */
export function useGridRun(mode: RunMode): GridRun {
  const [cells, setCells] = useState<ReadonlyMap<string, GridCell>>(new Map());
  const [progress, setProgress] = useState({ finished: 0, total: 0, running: false });
  const abort = useRef<AbortController | null>(null);

  const setCell = useCallback((key: string, cell: GridCell) => {
    setCells((current) => new Map(current).set(key, cell));
  }, []);

  const start = useCallback(
    (tasks: readonly GridCellTask[], concurrency: number) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setCells(new Map(tasks.map((task) => [task.key, { status: "queued" }])));
      setProgress({ finished: 0, total: tasks.length, running: true });
      const jobs = tasks.map((task) => async () => {
        setCell(task.key, { status: "running" });
        const result = await sendRun(task.request, {
          signal: controller.signal,
          keyHeaders: userKeyHeaders(),
          mode,
        });
        if (abort.current !== controller && !controller.signal.aborted) return;
        setCell(task.key, { status: "finished", ...result });
        setProgress((p) => ({ ...p, finished: p.finished + 1 }));
      });
      void runPool(jobs, concurrency, controller.signal).then(() => {
        if (abort.current !== controller) return;
        abort.current = null;
        // Cells a Stop kept from starting say so, rather than waiting forever.
        setCells((current) => {
          const next = new Map(current);
          for (const [key, cell] of next)
            if (cell.status === "queued") next.set(key, { status: "not run" });
          return next;
        });
        setProgress((p) => ({ ...p, running: false }));
      });
    },
    [mode, setCell],
  );

  const stop = useCallback(() => abort.current?.abort(), []);
  useEffect(() => () => abort.current?.abort(), []);

  return { cells, ...progress, start, stop };
}
