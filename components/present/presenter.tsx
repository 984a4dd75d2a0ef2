"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { type KeyboardEvent, useEffect, useState } from "react";
import { SceneView } from "@/components/present/scene-view";
import { buttonClass } from "@/components/ui/field-styles";
import { FileButton } from "@/components/ui/file-button";
import { Switch } from "@/components/ui/switch";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import type { Comparison } from "@/lib/compare/compare";
import { promptLine } from "@/lib/history/history";
import type { RunMode } from "@/lib/keys/run-mode";
import {
  moveScene,
  parseScenesFile,
  type Scene,
  scenesFileText,
  sceneTitle,
} from "@/lib/present/scenes";
import type { Recording } from "@/lib/run/recording";
import { downloadText } from "@/lib/share/download";

export interface PresenterProps {
  scenes: Scene[];
  onScenesChange(scenes: Scene[]): void;
  /** What "Add" can take from the page: the request, comparison and answer on screen now. */
  onScreen: {
    request: PlaygroundRequest;
    comparison: Comparison | null;
    recording: Recording | null;
  };
  mode: RunMode;
  onLeave(): void;
}

const FIELD_TAGS = new Set(["INPUT", "TEXTAREA", "SELECT"]);

/**
 * Presenter mode: type large enough to read across a room, nothing an audience does not need,
 * and scenes stepped with the arrow keys. Esc leaves.
 */
export default function Presenter({
  scenes,
  onScenesChange,
  onScreen,
  mode,
  onLeave,
}: PresenterProps) {
  const candidates = sceneCandidates(onScreen);
  const [index, setIndex] = useState(0);
  const [hideCosts, setHideCosts] = useState(false);
  const [editing, setEditing] = useState(scenes.length === 0);
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const scene = scenes[Math.min(index, scenes.length - 1)];
  const at = scene ? scenes.indexOf(scene) : -1;

  // Everything sized in rem grows by half: body text 14 px becomes 21 px.
  useEffect(() => {
    const root = document.documentElement;
    const before = root.style.fontSize;
    root.style.fontSize = "150%";
    return () => {
      root.style.fontSize = before;
    };
  }, []);

  const step = (by: number) => setIndex(Math.max(0, Math.min(scenes.length - 1, at + by)));
  const onKeyDown = (event: KeyboardEvent) => {
    if (FIELD_TAGS.has((event.target as HTMLElement).tagName)) return;
    if (["ArrowRight", "ArrowDown", "PageDown"].includes(event.key)) {
      event.preventDefault();
      step(1);
    } else if (["ArrowLeft", "ArrowUp", "PageUp"].includes(event.key)) {
      event.preventDefault();
      step(-1);
    }
  };

  const load = async (file: File) => {
    const parsed = parseScenesFile(await file.text());
    if (!parsed.ok) {
      setMessage({ tone: "error", text: `${file.name}: ${parsed.error} Nothing was changed.` });
      return;
    }
    onScenesChange(parsed.scenes);
    setIndex(0);
    setMessage({ tone: "info", text: `Loaded ${parsed.scenes.length} scenes from ${file.name}.` });
  };

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onLeave()}>
      <Dialog.Portal>
        <Dialog.Content
          onKeyDown={onKeyDown}
          aria-describedby={undefined}
          className="fixed inset-0 z-50 flex flex-col bg-surface text-fg"
        >
          <div className="flex flex-wrap items-center gap-3 border-b border-border px-4 py-2 text-sm sm:px-6">
            <Dialog.Title className="min-w-0 truncate font-semibold">
              {scene ? scene.title : "Presenter"}
            </Dialog.Title>
            {scene && (
              <span role="status" aria-label="Scene" className="whitespace-nowrap text-fg-muted">
                Scene {at + 1} of {scenes.length}
              </span>
            )}
            {/* On a phone the controls wrap under the title rather than run off the screen. */}
            <div className="ml-auto flex flex-wrap items-center gap-2 whitespace-nowrap">
              <button
                type="button"
                onClick={() => step(-1)}
                disabled={at <= 0}
                className={buttonClass}
              >
                ← Previous
              </button>
              <button
                type="button"
                onClick={() => step(1)}
                disabled={at >= scenes.length - 1}
                className={buttonClass}
              >
                Next →
              </button>
              <Switch
                size="sm"
                label="Hide costs"
                checked={hideCosts}
                onCheckedChange={setHideCosts}
              />
              <button
                type="button"
                aria-expanded={editing}
                onClick={() => setEditing(!editing)}
                className={buttonClass}
              >
                Scenes
              </button>
              <Dialog.Close className={buttonClass} aria-keyshortcuts="Escape">
                Leave (Esc)
              </Dialog.Close>
            </div>
          </div>
          <div className="flex min-h-0 flex-1">
            <div className="min-w-0 flex-1 overflow-y-auto px-4 py-8 text-xl sm:px-10">
              {scene ? (
                <SceneView key={at} scene={scene} mode={mode} hideCosts={hideCosts} />
              ) : (
                <p className="text-fg-muted">
                  No scenes yet: add the request or answer on screen, or load a scenes file.
                </p>
              )}
            </div>
            {editing && (
              <aside
                aria-label="Scenes"
                className="w-full shrink-0 space-y-3 overflow-y-auto border-l border-border p-4 text-sm sm:w-[24rem]"
              >
                <div className="flex flex-wrap gap-2">
                  {candidates.map((candidate) => (
                    <button
                      key={candidate.label}
                      type="button"
                      onClick={() => {
                        onScenesChange([...scenes, candidate.scene]);
                        setIndex(scenes.length);
                      }}
                      className={buttonClass}
                    >
                      {candidate.label}
                    </button>
                  ))}
                </div>
                <ol className="space-y-1">
                  {scenes.map((item, i) => (
                    <li
                      // biome-ignore lint/suspicious/noArrayIndexKey: scenes are addressed by their place in the list
                      key={i}
                      aria-current={i === at ? "step" : undefined}
                      className={`flex items-center gap-1 rounded-md border px-2 py-1 ${i === at ? "border-indigo-500" : "border-border"}`}
                    >
                      <button
                        type="button"
                        onClick={() => setIndex(i)}
                        className="min-w-0 flex-1 truncate text-left"
                      >
                        {i + 1}. {item.title}
                        <span className="text-fg-muted"> ({item.kind})</span>
                      </button>
                      <button
                        type="button"
                        aria-label={`Move scene ${i + 1} up`}
                        disabled={i === 0}
                        onClick={() => onScenesChange(moveScene(scenes, i, -1))}
                        className={buttonClass}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        aria-label={`Move scene ${i + 1} down`}
                        disabled={i === scenes.length - 1}
                        onClick={() => onScenesChange(moveScene(scenes, i, 1))}
                        className={buttonClass}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        aria-label={`Remove scene ${i + 1}`}
                        onClick={() => onScenesChange(scenes.filter((_, j) => j !== i))}
                        className={buttonClass}
                      >
                        ✕
                      </button>
                    </li>
                  ))}
                </ol>
                <div className="flex flex-wrap gap-2">
                  <button
                    type="button"
                    disabled={scenes.length === 0}
                    onClick={() =>
                      downloadText("scenes.json", "application/json", scenesFileText(scenes))
                    }
                    className={buttonClass}
                  >
                    Save scenes
                  </button>
                  <FileButton
                    accept=".json,application/json"
                    inputLabel="Scenes file"
                    className={buttonClass}
                    onFile={(file) => void load(file)}
                  >
                    Load scenes
                  </FileButton>
                </div>
                {message && (
                  <p
                    role={message.tone === "error" ? "alert" : "status"}
                    className={message.tone === "error" ? "text-danger" : ""}
                  >
                    {message.text}
                  </p>
                )}
              </aside>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** What the presenter can add as a scene from the page as it is now. */
function sceneCandidates({
  request,
  comparison,
  recording,
}: PresenterProps["onScreen"]): { label: string; scene: Scene }[] {
  const prompt = promptLine(request);
  return [
    {
      label: "Add this request",
      scene: { kind: "request", title: sceneTitle("Ask", prompt), request },
    },
    ...(comparison
      ? [
          {
            label: "Add this comparison",
            scene: {
              kind: "comparison" as const,
              title: sceneTitle(`Compare ${comparison.columns.length}`, prompt),
              request,
              comparison,
            },
          },
        ]
      : []),
    ...(recording
      ? [
          {
            label: "Add the answer on screen",
            scene: {
              kind: "recording" as const,
              title: sceneTitle("Recorded", promptLine(recording.request)),
              recording,
            },
          },
        ]
      : []),
  ];
}
