"use client";

import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import type { RunMode } from "@/lib/keys/run-mode";
import { userKeyHeaders } from "@/lib/keys/user-key";
import { deriveRun } from "@/lib/run/derive-run";
import { IDLE_SNAPSHOT, type RunRecorder, type RunSnapshot } from "@/lib/run/recorder";
import type { Recording } from "@/lib/run/recording";
import { RecordingFeed } from "@/lib/run/recording-feed";
import type { RecordingOrigin, ReplaySpeed } from "@/lib/run/run-origin";
import { sendRun } from "@/lib/run/send-run";

/** One pane's run, as the views use it: what it shows now, and what can be done with it. */
export interface RunController {
  /** The run on screen, live, restored or replayed; `IDLE_SNAPSHOT` before any. */
  state: RunSnapshot;
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
 * How often a live stream is drawn at most. Chunks may arrive hundreds of times a second; twenty
 * draws a second still read as a smooth stream, and leave most frames to typing and scrolling.
 */
const STREAM_DRAW_INTERVAL_MS = 50;

/** Calls `draw` in the first animation frame at least `waitMs` from now. */
function scheduleDraw(waitMs: number, draw: () => void): { cancel(): void } {
  let frame: number | undefined;
  const timer = setTimeout(() => {
    frame = requestAnimationFrame(draw);
  }, waitMs);
  return {
    cancel: () => {
      clearTimeout(timer);
      if (frame !== undefined) cancelAnimationFrame(frame);
    },
  };
}

/** Runs requests through the proxy, and shows or replays recordings, all through one recorder. */
export function useRun(
  options: {
    mode?: RunMode;
    onSettled?: (recording: Recording, snapshot: RunSnapshot) => void;
  } = {},
): RunController {
  const [state, setState] = useState<RunSnapshot>(IDLE_SNAPSHOT);
  const [recording, setRecording] = useState<Recording | null>(null);
  // The one activity that may write to the view: a live run or a replay. A new one replaces it.
  const activityRef = useRef<{ cancel(): void } | null>(null);
  const drawRef = useRef<{ cancel(): void } | null>(null);
  const lastDrawRef = useRef(0);
  const latest = useRef(options);
  latest.current = options;

  const cancelDraw = useCallback(() => {
    drawRef.current?.cancel();
    drawRef.current = null;
  }, []);

  /** Ends whatever runs now without letting it write to the view again. */
  const replaceActivity = useCallback(
    (next: { cancel(): void } | null) => {
      const previous = activityRef.current;
      activityRef.current = next;
      previous?.cancel();
      cancelDraw();
    },
    [cancelDraw],
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
        if (drawRef.current !== null || activityRef.current !== activity) return;
        const wait = lastDrawRef.current + STREAM_DRAW_INTERVAL_MS - performance.now();
        drawRef.current = scheduleDraw(Math.max(0, wait), () => {
          drawRef.current = null;
          lastDrawRef.current = performance.now();
          // A transition: typing and clicks go first, and React renders the stream in slices.
          if (activityRef.current === activity)
            startTransition(() => setState(recorder.snapshot()));
        });
      };
      void sendRun(request, {
        signal: controller.signal,
        keyHeaders: userKeyHeaders(),
        mode: latest.current.mode,
        onProgress,
      }).then((result) => {
        // History keeps it even when something else (a restore, a replay) took the pane.
        latest.current.onSettled?.(result.recording, result.snapshot);
        if (activityRef.current !== activity) return;
        cancelDraw();
        activityRef.current = null;
        setState(result.snapshot);
        setRecording(result.recording);
      });
    },
    [cancelDraw, replaceActivity],
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
          cancelDraw();
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
        startTransition(() =>
          setState({ ...snapshot, status: "running", startedAtEpoch: playbackEpoch }),
        );
        const next = feed.nextAtMs() ?? now;
        // Chunks closer together than a frame are shown together.
        timer = setTimeout(tick, Math.max(16, (next - now) / (speed === "instant" ? 1 : speed)));
      };
      tick();
    },
    [cancelDraw, replaceActivity],
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
