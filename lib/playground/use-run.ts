"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import type { Recording, RecordingOrigin, ReplaySpeed, RunMode } from "@/lib/playground/recording";
import {
  deriveRun,
  executeRun,
  IDLE_SNAPSHOT,
  RecordingFeed,
  type RunRecorder,
  type RunSnapshot,
  type RunStatus,
} from "@/lib/playground/run-client";
import { userKeyHeaders } from "@/lib/playground/user-key";

export type { RunStatus };

export type RunState = RunSnapshot;

export interface RunController {
  state: RunState;
  /** The run on screen as a recording, once it has ended (live, restored or replayed). */
  recording: Recording | null;
  start(request: PlaygroundRequest): void;
  stop(): void;
  /** Shows a kept run whole, marked as recorded. */
  show(recording: Recording, from: RecordingOrigin): void;
  /** Plays a recording back through the same views; `stop()` ends it. */
  replay(recording: Recording, speed: ReplaySpeed): void;
  /** Empties the response pane. */
  clear(): void;
}

/**
 * Runs requests through the proxy, and shows or replays recordings, all through one recorder.
 * Chunks may arrive hundreds of times a second; the view is updated at most once per frame.
 */
export function useRun(
  options: { mode?: RunMode; onSettled?: (recording: Recording) => void } = {},
): RunController {
  const [state, setState] = useState<RunState>(IDLE_SNAPSHOT);
  const [recording, setRecording] = useState<Recording | null>(null);
  // The one activity that may write to the view: a live run or a replay. A new one replaces it.
  const activityRef = useRef<{ cancel(): void } | null>(null);
  const frameRef = useRef<number | null>(null);
  const latest = useRef(options);
  latest.current = options;

  const cancelFrame = useCallback(() => {
    if (frameRef.current !== null) cancelAnimationFrame(frameRef.current);
    frameRef.current = null;
  }, []);

  /** Ends whatever runs now without letting it write to the view again. */
  const replaceActivity = useCallback(
    (next: { cancel(): void } | null) => {
      const previous = activityRef.current;
      activityRef.current = next;
      previous?.cancel();
      cancelFrame();
    },
    [cancelFrame],
  );

  const stop = useCallback(() => {
    const activity = activityRef.current;
    activity?.cancel();
  }, []);

  const start = useCallback(
    (request: PlaygroundRequest) => {
      const controller = new AbortController();
      const activity = { cancel: () => controller.abort() };
      replaceActivity(activity);
      setRecording(null);
      setState({ ...IDLE_SNAPSHOT, status: "running", request, startedAtEpoch: Date.now() });
      const onProgress = (recorder: RunRecorder) => {
        if (frameRef.current !== null || activityRef.current !== activity) return;
        frameRef.current = requestAnimationFrame(() => {
          frameRef.current = null;
          if (activityRef.current === activity) setState(recorder.snapshot());
        });
      };
      void executeRun(request, {
        signal: controller.signal,
        keyHeaders: userKeyHeaders(),
        mode: latest.current.mode,
        onProgress,
      }).then((result) => {
        // History keeps it even when something else (a restore, a replay) took the pane.
        latest.current.onSettled?.(result.recording);
        if (activityRef.current !== activity) return;
        cancelFrame();
        activityRef.current = null;
        setState(result.snapshot);
        setRecording(result.recording);
      });
    },
    [cancelFrame, replaceActivity],
  );

  const show = useCallback(
    (kept: Recording, from: RecordingOrigin) => {
      replaceActivity(null);
      setRecording(kept);
      setState(deriveRun(kept, { kind: "recorded", from }));
    },
    [replaceActivity],
  );

  const replay = useCallback(
    (kept: Recording, speed: ReplaySpeed) => {
      const feed = new RecordingFeed(kept, { kind: "replay", speed });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const playbackStart = performance.now();
      const playbackEpoch = Date.now();
      const recordedNow = () =>
        speed === "instant"
          ? Number.POSITIVE_INFINITY
          : (performance.now() - playbackStart) * speed;
      const activity = {
        cancel: () => {
          clearTimeout(timer);
          if (activityRef.current !== activity) return;
          activityRef.current = null;
          cancelFrame();
          feed.recorder.stopped(Math.round(recordedNow()), Date.now());
          setState(feed.recorder.snapshot());
        },
      };
      replaceActivity(activity);
      setRecording(kept);
      const tick = () => {
        if (activityRef.current !== activity) return;
        const now = recordedNow();
        const finished = feed.advanceTo(now);
        const snapshot = feed.recorder.snapshot();
        if (finished) {
          activityRef.current = null;
          setState(snapshot);
          return;
        }
        // The bar's clock counts this playback, not the original run's start.
        setState({ ...snapshot, status: "running", startedAtEpoch: playbackEpoch });
        const next = feed.nextAtMs() ?? now;
        // Chunks closer together than a frame are shown together.
        timer = setTimeout(tick, Math.max(16, (next - now) / (speed === "instant" ? 1 : speed)));
      };
      tick();
    },
    [cancelFrame, replaceActivity],
  );

  const clear = useCallback(() => {
    replaceActivity(null);
    setRecording(null);
    setState(IDLE_SNAPSHOT);
  }, [replaceActivity]);

  useEffect(() => () => replaceActivity(null), [replaceActivity]);

  return useMemo(
    () => ({ state, recording, start, stop, show, replay, clear }),
    [state, recording, start, stop, show, replay, clear],
  );
}
