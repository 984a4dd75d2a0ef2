"use client";

import { useState } from "react";
import { buttonClass } from "@/components/ui/field-styles";
import { StopButton } from "@/components/ui/stop-button";
import { REPLAY_SPEEDS, type ReplaySpeed, replaySpeedLabel } from "@/lib/run/run-origin";
import type { RunController } from "@/lib/run/use-run";

/** Replay and export for the run on screen: it is a recording, live or kept. */
export function RecordingBar({ run }: { run: RunController }) {
  const [speed, setSpeed] = useState<ReplaySpeed>(1);
  const replaying = run.state.origin.kind === "replay" && run.state.status === "running";
  const { recording } = run;
  return (
    <div className="flex items-center gap-2 border-t border-zinc-100 px-3 py-1.5 text-xs dark:border-zinc-900">
      {replaying ? (
        <StopButton onStop={run.stop} label="Stop replay" compact />
      ) : (
        <>
          <button
            type="button"
            disabled={!recording}
            onClick={() => recording && run.replay(recording, speed)}
            title="Plays the recorded bytes again: no key or network needed"
            className={buttonClass}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true" className="size-2.5 fill-current">
              <path d="M4 2.5v11l9-5.5z" />
            </svg>
            Replay
          </button>
          <label className="inline-flex items-center gap-1 text-fg-muted">
            <span>at</span>
            <select
              aria-label="Replay speed"
              value={String(speed)}
              onChange={(event) => {
                const value = event.target.value;
                setSpeed(value === "instant" ? "instant" : (Number(value) as ReplaySpeed));
              }}
              className="h-6 rounded border border-border-strong bg-surface-raised px-1 text-xs text-zinc-800 dark:text-zinc-100"
            >
              {REPLAY_SPEEDS.map((option) => (
                <option key={option} value={String(option)}>
                  {replaySpeedLabel(option)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <button
        type="button"
        disabled={!recording}
        onClick={() => {
          if (!recording) return;
          void import("@/lib/share/run-file").then((file) => file.downloadRunFile(recording));
        }}
        title="Save the request and its answer as a JSON file"
        className={`${buttonClass} ml-auto whitespace-nowrap`}
      >
        Export run
      </button>
    </div>
  );
}
