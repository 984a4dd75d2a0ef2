"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { focusMessageField } from "@/components/playground/focus-message";
import { ModelPicker } from "@/components/playground/model-picker";
import { RequestStoreProvider, useRequestStore } from "@/components/playground/request-context";
import { RequestEditor } from "@/components/playground/request-editor/request-editor";
import { RunBar } from "@/components/playground/run-bar";
import { ServerKeyNotice } from "@/components/playground/server-key-notice";
import { TopBar } from "@/components/playground/top-bar";
import { useRunFileDrop } from "@/components/playground/use-run-file-drop";
import { useWorkspaces } from "@/components/playground/use-workspaces";
import { WorkspaceButtons, WorkspacePane } from "@/components/playground/workspace-pane";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import type { ComparisonOpen } from "@/lib/playground/compare-link";
import { HISTORY_CHANGED, recordRun } from "@/lib/playground/history";
import { newConversation } from "@/lib/playground/new-conversation";
import type { Recording } from "@/lib/playground/recording";
import { createRequestStore, type RequestStore } from "@/lib/playground/request-store";
import { type RecordingOrigin, recordingMode } from "@/lib/playground/run-origin";
import type { ServerKeyGate } from "@/lib/playground/server-key-gate";
import { runKey, type ServerMode } from "@/lib/playground/server-mode";
import { useDraftPersistence } from "@/lib/playground/use-draft-persistence";
import { useRun } from "@/lib/playground/use-run";
import { useUserKey } from "@/lib/playground/use-user-key";

export function Playground({
  serverMode,
  serverKeyGate,
}: {
  serverMode: ServerMode;
  serverKeyGate?: ServerKeyGate;
}) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 5 * 60_000, retry: 1 } } }),
  );
  // The request comes from the URL fragment or this browser's storage, so it exists only after mount.
  const [store, setStore] = useState<RequestStore | null>(null);
  const [shareError, setShareError] = useState<string | null>(null);
  const [shared, setShared] = useState<Recording | null>(null);
  const [compareOpen, setCompareOpen] = useState<ComparisonOpen>({ kind: "none" });
  useEffect(() => {
    // The initial request and comparison links are parsed with zod: loaded after the first paint.
    void Promise.all([
      import("@/lib/playground/initial-request"),
      import("@/lib/playground/compare-link"),
    ]).then(([{ resolveInitialRequest }, { takeComparisonFromAddress }]) => {
      const compare = takeComparisonFromAddress();
      const initial = resolveInitialRequest();
      const request = compare.kind === "ok" && compare.request ? compare.request : initial.request;
      const model = compare.singleModel;
      setStore(
        createRequestStore(model ? { ...request, body: { ...request.body, model } } : request),
      );
      setShareError(compare.kind === "invalid" ? compare.error : initial.shareError);
      setShared(initial.sharedRecording);
      setCompareOpen(compare);
    });
  }, []);

  return (
    <QueryClientProvider client={queryClient}>
      {store ? (
        <RequestStoreProvider store={store}>
          <PlaygroundLayout
            serverMode={serverMode}
            serverKeyGate={serverKeyGate}
            shareError={shareError}
            shared={shared}
            compareOpen={compareOpen}
          />
        </RequestStoreProvider>
      ) : (
        <p className="p-6 text-sm text-fg-subtle">Loading the playground…</p>
      )}
    </QueryClientProvider>
  );
}

const noticeClass = {
  error: "border-danger-border bg-danger-surface text-danger-strong",
  info: "border-border bg-surface-sunken text-fg-soft",
};

interface Notice {
  tone: keyof typeof noticeClass;
  text: string;
  /** What "Undo" puts back, for "New". */
  undo?: { request: PlaygroundRequest; recording: Recording | null };
}

function PlaygroundLayout({
  serverMode,
  serverKeyGate,
  shareError,
  shared,
  compareOpen,
}: {
  serverMode: ServerMode;
  serverKeyGate?: ServerKeyGate;
  shareError: string | null;
  shared: Recording | null;
  compareOpen: ComparisonOpen;
}) {
  useDraftPersistence();
  const store = useRequestStore();
  // With the user's own key, runs go to ZenMux even when the server has none.
  const userKey = useUserKey();
  const key = runKey(serverMode, userKey !== null);
  const demo = key === "none";
  const run = useRun({ mode: recordingMode(key), onSettled: recordRun });
  const [keySettingsOpen, setKeySettingsOpen] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const blocked = useCallback((text: string) => setNotice({ tone: "error", text }), []);
  const workspaces = useWorkspaces(compareOpen, run, blocked);

  const { show } = run;
  const open = useCallback(
    (recording: Recording, from: RecordingOrigin) => {
      store.set(recording.request);
      show(recording, from);
      setNotice(null);
    },
    [store, show],
  );

  // A link with the answer opens showing it, as recorded.
  useEffect(() => {
    if (shared) show(shared, "link");
  }, [shared, show]);

  // History tells when it could not keep a run (storage full or blocked).
  useEffect(() => {
    const onChange = (event: Event) => {
      const note = (event as CustomEvent<string | null>).detail;
      if (note) setNotice({ tone: "error", text: note });
    };
    window.addEventListener(HISTORY_CHANGED, onChange);
    return () => window.removeEventListener(HISTORY_CHANGED, onChange);
  }, []);

  // Undo of "New" lasts until the next run.
  const live = run.state.status === "running" && run.state.origin.kind === "live";
  useEffect(() => {
    if (live) setNotice((current) => (current?.undo ? null : current));
  }, [live]);

  const startNew = () => {
    const before = { request: store.get(), recording: run.recording };
    store.set(newConversation(before.request));
    run.clear();
    setNotice({ tone: "info", text: "Started a new conversation.", undo: before });
    focusMessageField(1);
  };

  const drop = useRunFileDrop(
    (recording) => open(recording, "file"),
    (text) => setNotice({ tone: "error", text }),
  );

  return (
    <div className="relative flex h-dvh min-w-[1024px] flex-col" {...drop.handlers}>
      {drop.dragging && (
        <div className="pointer-events-none absolute inset-2 z-50 grid place-items-center rounded-xl border-2 border-dashed border-indigo-500 bg-accent-surface/80 text-sm font-medium text-indigo-900 dark:text-indigo-100">
          Drop a run file to open its request and answer
        </div>
      )}
      <TopBar
        serverMode={serverMode}
        keySettings={{ open: keySettingsOpen, onOpenChange: setKeySettingsOpen }}
        runs={{ recording: run.recording, open, startNew }}
      />
      {serverKeyGate && userKey === null && (
        <ServerKeyNotice gate={serverKeyGate} onUseKey={() => setKeySettingsOpen(true)} />
      )}
      {demo && (
        <p className="flex items-center gap-2 border-b border-amber-200 bg-amber-50 px-4 py-1.5 text-code text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/50 dark:text-amber-100">
          <span aria-hidden="true" className="size-1.5 shrink-0 rounded-full bg-amber-500" />
          <span>
            <strong className="font-semibold">Demo mode:</strong> answers come from the built-in
            emulator, not a real model. For real answers,{" "}
            <button
              type="button"
              onClick={() => setKeySettingsOpen(true)}
              className="font-medium underline underline-offset-2 hover:text-amber-950 dark:hover:text-white"
            >
              add your ZenMux key
            </button>{" "}
            or start the server with <code className="font-mono text-xs">ZENMUX_API_KEY</code>.
          </span>
        </p>
      )}
      {notice && (
        <div
          role={notice.tone === "error" ? "alert" : "status"}
          className={`flex items-center gap-3 border-b px-4 py-1.5 text-sm ${noticeClass[notice.tone]}`}
        >
          <span>{notice.text}</span>
          {notice.undo && (
            <button
              type="button"
              onClick={() => {
                const { undo } = notice;
                if (!undo) return;
                store.set(undo.request);
                if (undo.recording) show(undo.recording, "history");
                setNotice(null);
              }}
              className="font-medium underline underline-offset-2"
            >
              Undo
            </button>
          )}
          <button
            type="button"
            onClick={() => setNotice(null)}
            className="ml-auto text-xs underline underline-offset-2"
          >
            Dismiss
          </button>
        </div>
      )}
      {shareError && (
        <p
          role="alert"
          className="border-b border-danger-border bg-danger-surface px-4 py-1.5 text-sm text-danger-strong"
        >
          {shareError} Your last request is shown instead.
        </p>
      )}
      <main
        className={`grid min-h-0 flex-1 ${workspaces.wide ? "grid-cols-[minmax(20rem,28%)_minmax(0,1fr)]" : "grid-cols-2"}`}
      >
        <section aria-label="Request" className="flex min-h-0 flex-col border-r border-border">
          <div className="flex flex-wrap items-center gap-2 border-b border-border p-3">
            <div className="min-w-0 basis-full">
              <ModelPicker />
            </div>
            <WorkspaceButtons workspaces={workspaces} />
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto">
            <RequestEditor />
          </div>
          {!workspaces.wide && <RunBar run={workspaces.send} serverMode={serverMode} />}
        </section>
        <WorkspacePane
          workspaces={workspaces}
          run={run}
          mode={recordingMode(key)}
          sharedRecordings={compareOpen.kind === "ok" ? compareOpen.recordings : undefined}
        />
      </main>
    </div>
  );
}
