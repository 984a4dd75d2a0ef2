"use client";

import { useEffect, useState } from "react";
import { PresenterAnswer } from "@/components/present/presenter-answer";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/field-styles";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { columnRequest } from "@/lib/compare/compare";
import { promptLine } from "@/lib/history/history";
import type { RunMode } from "@/lib/keys/run-mode";
import type { Scene } from "@/lib/present/scenes";
import type { Recording } from "@/lib/run/recording";
import { type RunController, useRun } from "@/lib/run/use-run";

interface SceneProps {
  scene: Scene;
  mode: RunMode;
  hideCosts: boolean;
}

/** One scene, full size: a request to run, a comparison to run, or a recording that replays. */
export function SceneView({ scene, mode, hideCosts }: SceneProps) {
  if (scene.kind === "recording") {
    return <RecordingScene recording={scene.recording} hideCosts={hideCosts} />;
  }
  if (scene.kind === "request") {
    return <RequestScene request={scene.request} mode={mode} hideCosts={hideCosts} />;
  }
  const requests = scene.comparison.columns.map((column) => columnRequest(scene.request, column));
  return <ComparisonScene requests={requests} mode={mode} hideCosts={hideCosts} />;
}

function Prompt({ request }: { request: PlaygroundRequest }) {
  const system = typeof request.body.system === "string" ? request.body.system : null;
  return (
    <div className="space-y-1">
      {system && <p className="text-fg-muted">System: {system}</p>}
      <p className="text-2xl font-semibold">{promptLine(request) || "(no prompt)"}</p>
    </div>
  );
}

function RunButton({ run, request }: { run: RunController; request: PlaygroundRequest }) {
  return run.state.status === "running" ? (
    <button type="button" onClick={run.stop} className={secondaryButtonClass}>
      Stop
    </button>
  ) : (
    <button type="button" onClick={() => run.start(request)} className={primaryButtonClass}>
      {run.state.status === "idle" ? "Run" : "Run again"}
    </button>
  );
}

function RequestScene({
  request,
  mode,
  hideCosts,
}: {
  request: PlaygroundRequest;
  mode: RunMode;
  hideCosts: boolean;
}) {
  const run = useRun({ mode });
  return (
    <div className="space-y-5">
      <div className="flex items-start justify-between gap-4">
        <Prompt request={request} />
        <RunButton run={run} request={request} />
      </div>
      <p className="font-mono text-fg-muted">{request.body.model}</p>
      <PresenterAnswer state={run.state} hideCosts={hideCosts} />
    </div>
  );
}

function RecordingScene({ recording, hideCosts }: { recording: Recording; hideCosts: boolean }) {
  const run = useRun();
  const { replay } = run;
  // A recording plays at its recorded pace as soon as its scene comes up: no key, no network.
  useEffect(() => replay(recording, 1), [recording, replay]);
  return (
    <div className="space-y-5">
      <div className="flex items-start justify-between gap-4">
        <Prompt request={recording.request} />
        {run.state.status === "running" ? (
          <button type="button" onClick={run.stop} className={secondaryButtonClass}>
            Stop replay
          </button>
        ) : (
          <button
            type="button"
            onClick={() => replay(recording, 1)}
            className={secondaryButtonClass}
          >
            Replay again
          </button>
        )}
      </div>
      <p className="font-mono text-fg-muted">{recording.request.body.model}</p>
      <PresenterAnswer state={run.state} hideCosts={hideCosts} />
    </div>
  );
}

function ComparisonScene({
  requests,
  mode,
  hideCosts,
}: {
  requests: PlaygroundRequest[];
  mode: RunMode;
  hideCosts: boolean;
}) {
  // Each press of "Run all" is a new round that every column starts.
  const [round, setRound] = useState(0);
  return (
    <div className="space-y-5">
      <div className="flex items-start justify-between gap-4">
        {requests[0] && <Prompt request={requests[0]} />}
        <button type="button" onClick={() => setRound(round + 1)} className={primaryButtonClass}>
          Run all
        </button>
      </div>
      <div className="grid auto-cols-[minmax(18rem,1fr)] grid-flow-col gap-4 overflow-x-auto">
        {requests.map((request, i) => (
          <ComparisonSceneColumn
            // biome-ignore lint/suspicious/noArrayIndexKey: a scene's columns are fixed while it shows
            key={i}
            request={request}
            mode={mode}
            hideCosts={hideCosts}
            round={round}
          />
        ))}
      </div>
    </div>
  );
}

function ComparisonSceneColumn({
  request,
  mode,
  hideCosts,
  round,
}: {
  request: PlaygroundRequest;
  mode: RunMode;
  hideCosts: boolean;
  round: number;
}) {
  const run = useRun({ mode });
  const { start } = run;
  useEffect(() => {
    if (round > 0) start(request);
  }, [round, request, start]);
  return (
    <section
      aria-label={request.body.model}
      className="space-y-3 rounded-lg border border-border p-4"
    >
      <div className="flex items-center justify-between gap-2">
        <h3 className="font-mono font-semibold">{request.body.model}</h3>
        <RunButton run={run} request={request} />
      </div>
      <PresenterAnswer state={run.state} hideCosts={hideCosts} />
    </section>
  );
}
