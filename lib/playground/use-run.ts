"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { messageText } from "@/lib/anthropic/stream-accumulator";
import {
  executeRun,
  IDLE_SNAPSHOT,
  type RunRecorder,
  type RunSnapshot,
  type RunStatus,
} from "@/lib/playground/run-client";
import type { RunOutcome } from "@/lib/playground/run-outcome";
import { userKeyHeaders } from "@/lib/playground/user-key";

export type { RunStatus };

export type RunState = RunSnapshot;

export interface RunController {
  state: RunState;
  start(request: PlaygroundRequest): void;
  stop(): void;
}

const PREVIEW_CHARS = 300;

export function toRunOutcome(snapshot: RunSnapshot, finishedAt: number): RunOutcome | undefined {
  if (!snapshot.request) return undefined;
  const status =
    snapshot.status === "done" ? "done" : snapshot.status === "stopped" ? "stopped" : "error";
  const text = snapshot.message ? messageText(snapshot.message) : "";
  const preview = (
    status === "error" && snapshot.error && !text ? snapshot.error.message : text
  ).slice(0, PREVIEW_CHARS);
  return {
    request: snapshot.request,
    finishedAt,
    status,
    ...(snapshot.httpStatus !== undefined ? { httpStatus: snapshot.httpStatus } : {}),
    stopReason: snapshot.message?.stop_reason ?? null,
    preview,
    ...(snapshot.message?.usage.input_tokens !== undefined
      ? { inputTokens: snapshot.message.usage.input_tokens }
      : {}),
    ...(snapshot.message?.usage.output_tokens !== undefined
      ? { outputTokens: snapshot.message.usage.output_tokens }
      : {}),
    durationMs: snapshot.totalMs ?? 0,
  };
}

/**
 * Runs requests through the proxy. Chunks may arrive hundreds of times a second; the view is
 * updated at most once per animation frame.
 */
export function useRun(options: { onSettled?: (outcome: RunOutcome) => void } = {}): RunController {
  const [state, setState] = useState<RunState>(IDLE_SNAPSHOT);
  const abortRef = useRef<AbortController | null>(null);
  const frameRef = useRef<number | null>(null);
  const onSettledRef = useRef(options.onSettled);
  onSettledRef.current = options.onSettled;

  const cancelFrame = useCallback(() => {
    if (frameRef.current !== null) cancelAnimationFrame(frameRef.current);
    frameRef.current = null;
  }, []);

  const stop = useCallback(() => abortRef.current?.abort(), []);

  const start = useCallback(
    (request: PlaygroundRequest) => {
      abortRef.current?.abort();
      cancelFrame();
      const controller = new AbortController();
      abortRef.current = controller;
      setState({ ...IDLE_SNAPSHOT, status: "running", request, startedAtEpoch: Date.now() });
      const onProgress = (recorder: RunRecorder) => {
        if (frameRef.current !== null || abortRef.current !== controller) return;
        frameRef.current = requestAnimationFrame(() => {
          frameRef.current = null;
          if (abortRef.current === controller) setState(recorder.snapshot());
        });
      };
      void executeRun(request, {
        signal: controller.signal,
        keyHeaders: userKeyHeaders(),
        onProgress,
      }).then((final) => {
        // A newer run replaced this one: its result is no longer what the page shows.
        if (abortRef.current !== controller) return;
        cancelFrame();
        abortRef.current = null;
        setState(final);
        const outcome = toRunOutcome(final, Date.now());
        if (outcome) onSettledRef.current?.(outcome);
      });
    },
    [cancelFrame],
  );

  useEffect(
    () => () => {
      abortRef.current?.abort();
      cancelFrame();
    },
    [cancelFrame],
  );

  return useMemo(() => ({ state, start, stop }), [state, start, stop]);
}
