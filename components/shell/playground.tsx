"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { CodePane } from "@/components/code/code-pane";
import { CodeToggle } from "@/components/code/code-toggle";
import { useCodeOpen } from "@/components/code/use-code-open";
import { focusMessageField } from "@/components/conversation/focus-message";
import { ServerKeyNotice } from "@/components/keys/server-key-notice.lazy";
import { ModelPicker } from "@/components/model-picker/model-picker";
import { RequestEditor } from "@/components/request/request-editor";
import { useRunFileDrop } from "@/components/share/use-run-file-drop";
import { loadPaneLayout, type PaneLayoutComponent } from "@/components/shell/pane-layout.lazy";
import { TopBar } from "@/components/shell/top-bar";
import { useWorkspaces } from "@/components/shell/use-workspaces";
import { WorkspaceButtons, WorkspacePane } from "@/components/shell/workspace-pane";
import { Notice, type NoticeTone } from "@/components/ui/notice";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import type { ComparisonOpen } from "@/lib/compare/compare-link";
import { useDraftPersistence } from "@/lib/drafts/use-draft-persistence";
import { HISTORY_CHANGED, preloadHistory, recordRun } from "@/lib/history/record-run";
import { runMode } from "@/lib/keys/run-mode";
import type { ServerKeyGate } from "@/lib/keys/server-key-gate";
import { useUserKey } from "@/lib/keys/use-user-key";
import { newConversation } from "@/lib/request/new-conversation";
import { RequestStoreProvider, useRequestStore } from "@/lib/request/request-context";
import { createRequestStore, type RequestStore } from "@/lib/request/request-store";
import type { Recording } from "@/lib/run/recording";
import type { RecordingOrigin } from "@/lib/run/run-origin";
import { useRun } from "@/lib/run/use-run";

export function Playground({
  usesServerKey,
  serverKeyGate,
}: {
  /** Runs without the user's own key use the server's key (else the emulator answers). */
  usesServerKey: boolean;
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
  const [panes, setPanes] = useState<{ PaneLayout: PaneLayoutComponent } | null>(null);
  useEffect(() => {
    // The initial request and comparison links are parsed with zod: loaded after the first paint.
    void Promise.all([
      import("@/lib/request/initial-request"),
      import("@/lib/compare/compare-link"),
      loadPaneLayout(),
    ]).then(async ([{ resolveInitialRequest }, { takeComparisonFromAddress }, { PaneLayout }]) => {
      setPanes({ PaneLayout });
      const compare = takeComparisonFromAddress();
      // A draft's attachments come from IndexedDB.
      const initial = await resolveInitialRequest();
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
      {store && panes ? (
        <RequestStoreProvider store={store}>
          <PlaygroundLayout
            PaneLayout={panes.PaneLayout}
            usesServerKey={usesServerKey}
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

interface PageNotice {
  tone: Extract<NoticeTone, "danger" | "info">;
  text: string;
  /** What "Undo" puts back, for "New". */
  undo?: { request: PlaygroundRequest; recording: Recording | null };
}

function PlaygroundLayout({
  PaneLayout,
  usesServerKey,
  serverKeyGate,
  shareError,
  shared,
  compareOpen,
}: {
  PaneLayout: PaneLayoutComponent;
  usesServerKey: boolean;
  serverKeyGate?: ServerKeyGate;
  shareError: string | null;
  shared: Recording | null;
  compareOpen: ComparisonOpen;
}) {
  useDraftPersistence();
  const store = useRequestStore();
  // With the user's own key, runs go to ZenMux even when the server has none.
  const userKey = useUserKey();
  const mode = runMode(usesServerKey, userKey !== null);
  const demo = mode === "demo";
  const run = useRun({ mode, onSettled: recordRun });
  const [keySettingsOpen, setKeySettingsOpen] = useState(false);
  const [notice, setNotice] = useState<PageNotice | null>(null);
  const blocked = useCallback((text: string) => setNotice({ tone: "danger", text }), []);
  const workspaces = useWorkspaces(compareOpen, run, blocked);
  const [codeOpen, setCodeOpen] = useCodeOpen();

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
      if (note) setNotice({ tone: "danger", text: note });
    };
    window.addEventListener(HISTORY_CHANGED, onChange);
    return () => window.removeEventListener(HISTORY_CHANGED, onChange);
  }, []);

  // Undo of "New" lasts until the next run; history's store loads while the run streams.
  const live = run.state.status === "running" && run.state.origin.kind === "live";
  useEffect(() => {
    if (!live) return;
    setNotice((current) => (current?.undo ? null : current));
    preloadHistory();
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
    (text) => setNotice({ tone: "danger", text }),
  );

  return (
    <div className="relative flex h-dvh flex-col" {...drop.handlers}>
      {drop.dragging && (
        <div className="pointer-events-none absolute inset-2 z-50 grid place-items-center rounded-xl border-2 border-dashed border-indigo-500 bg-accent-surface/80 text-sm font-medium text-indigo-900 dark:text-indigo-100">
          Drop a run file to open its request and answer
        </div>
      )}
      <TopBar
        usesServerKey={usesServerKey}
        keySettings={{ open: keySettingsOpen, onOpenChange: setKeySettingsOpen }}
        runs={{
          recording: run.recording,
          open,
          startNew,
          present: () => workspaces.setPresenting(true),
        }}
      />
      {serverKeyGate && userKey === null && (
        <ServerKeyNotice gate={serverKeyGate} onUseKey={() => setKeySettingsOpen(true)} />
      )}
      {demo && (
        <Notice tone="warn" shape="banner" as="p" className="flex items-center gap-2 text-code">
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
        </Notice>
      )}
      {notice && (
        <Notice
          tone={notice.tone}
          shape="banner"
          role={notice.tone === "danger" ? "alert" : "status"}
          className="flex items-center gap-3 text-sm"
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
        </Notice>
      )}
      {shareError && (
        <Notice tone="danger" shape="banner" as="p" role="alert" className="text-sm">
          {shareError} Your last request is shown instead.
        </Notice>
      )}
      <div className="flex shrink-0 flex-wrap items-center gap-2 border-b border-border px-3 py-2">
        <div className="w-full min-w-0 sm:w-auto sm:max-w-xl sm:flex-1">
          <ModelPicker />
        </div>
        <WorkspaceButtons workspaces={workspaces} />
        {!workspaces.wide && <CodeToggle open={codeOpen} onOpenChange={setCodeOpen} />}
      </div>
      <main className="flex min-h-0 flex-1 flex-col">
        <PaneLayout
          id={workspaces.wide ? "workspace-panes" : "panes"}
          panes={[
            {
              id: "request",
              label: "Request",
              defaultSize: workspaces.wide ? 30 : codeOpen ? 27 : 28,
              minSize: 18,
              content: (
                <section aria-label="Request" className="flex min-h-0 flex-1 flex-col">
                  <div className="min-h-0 flex-1 overflow-y-auto">
                    <RequestEditor messages={workspaces.wide} />
                  </div>
                </section>
              ),
            },
            {
              id: "main",
              label: workspaces.wide ? "Workspace" : "Conversation",
              defaultSize: workspaces.wide ? 70 : codeOpen ? 43 : 72,
              minSize: 35,
              content: (
                <WorkspacePane
                  workspaces={workspaces}
                  run={run}
                  mode={mode}
                  usesServerKey={usesServerKey}
                  sharedRecordings={compareOpen.kind === "ok" ? compareOpen.recordings : undefined}
                />
              ),
            },
            ...(codeOpen && !workspaces.wide
              ? [
                  {
                    id: "code",
                    label: "Code",
                    defaultSize: 30,
                    minSize: 20,
                    content: (
                      <CodePane values={workspaces.values} onClose={() => setCodeOpen(false)} />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </main>
    </div>
  );
}
