"use client";
// STUB: the run engine replaces this file (fetch through the proxy, stream reading, timings).
import { useState } from "react";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import type { RunOutcome } from "@/lib/playground/run-outcome";

export type RunStatus = "idle" | "running" | "done" | "error" | "stopped";

export interface RunState {
  status: RunStatus;
}

export interface RunController {
  state: RunState;
  start(request: PlaygroundRequest): void;
  stop(): void;
}

export function useRun(
  _options: { onSettled?: (outcome: RunOutcome) => void } = {},
): RunController {
  const [state] = useState<RunState>({ status: "idle" });
  return { state, start() {}, stop() {} };
}
