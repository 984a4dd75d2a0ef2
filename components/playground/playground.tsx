"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { CodePanelSlot } from "@/components/playground/code-panel-slot";
import { ModelPicker } from "@/components/playground/model-picker";
import { RequestStoreProvider } from "@/components/playground/request-context";
import { RequestEditor } from "@/components/playground/request-editor/request-editor";
import { ResponsePanel } from "@/components/playground/response/response-panel";
import { RunBar } from "@/components/playground/run-bar";
import { TopBar } from "@/components/playground/top-bar";
import { createRequestStore, type RequestStore } from "@/lib/playground/request-store";
import type { RunOutcome } from "@/lib/playground/run-outcome";
import { runKey, type ServerMode } from "@/lib/playground/server-mode";
import { useDraftPersistence } from "@/lib/playground/use-draft-persistence";
import { useRun } from "@/lib/playground/use-run";
import { useUserKey } from "@/lib/playground/use-user-key";

// History and the initial request parse stored requests (zod): loaded when needed, not up front.
const recordRun = (outcome: RunOutcome) =>
  void import("@/lib/playground/history").then((history) => history.recordRun(outcome));

export function Playground({ serverMode }: { serverMode: ServerMode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 5 * 60_000, retry: 1 } } }),
  );
  // The request comes from the URL fragment or this browser's storage, so it exists only after mount.
  const [store, setStore] = useState<RequestStore | null>(null);
  const [shareError, setShareError] = useState<string | null>(null);
  useEffect(() => {
    void import("@/lib/playground/initial-request").then(({ resolveInitialRequest }) => {
      const initial = resolveInitialRequest();
      setStore(createRequestStore(initial.request));
      setShareError(initial.shareError);
    });
  }, []);

  return (
    <QueryClientProvider client={queryClient}>
      {store ? (
        <RequestStoreProvider store={store}>
          <PlaygroundLayout serverMode={serverMode} shareError={shareError} />
        </RequestStoreProvider>
      ) : (
        <p className="p-6 text-sm text-zinc-500">Loading the playground…</p>
      )}
    </QueryClientProvider>
  );
}

function PlaygroundLayout({
  serverMode,
  shareError,
}: {
  serverMode: ServerMode;
  shareError: string | null;
}) {
  const run = useRun({ onSettled: recordRun });
  useDraftPersistence();
  // With the user's own key, runs go to ZenMux even when the server has none.
  const userKey = useUserKey();
  const demo = runKey(serverMode, userKey !== null) === "none";
  const [keySettingsOpen, setKeySettingsOpen] = useState(false);
  return (
    <div className="flex h-dvh min-w-[1024px] flex-col">
      <TopBar
        serverMode={serverMode}
        keySettings={{ open: keySettingsOpen, onOpenChange: setKeySettingsOpen }}
      />
      {demo && (
        <p className="flex items-center gap-2 border-b border-amber-200 bg-amber-50 px-4 py-1.5 text-[13px] text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/50 dark:text-amber-100">
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
      {shareError && (
        <p
          role="alert"
          className="border-b border-red-300 bg-red-50 px-4 py-1.5 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {shareError} Your last request is shown instead.
        </p>
      )}
      <main className="grid min-h-0 flex-1 grid-cols-2">
        <section
          aria-label="Request"
          className="flex min-h-0 flex-col border-r border-zinc-200 dark:border-zinc-800"
        >
          <div className="border-b border-zinc-200 p-3 dark:border-zinc-800">
            <ModelPicker />
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto">
            <RequestEditor />
          </div>
          <RunBar run={run} serverMode={serverMode} />
        </section>
        <section aria-label="Response" className="flex min-h-0 flex-col">
          <div className="min-h-0 flex-1 overflow-y-auto">
            <ResponsePanel run={run} />
          </div>
          <CodePanelSlot />
        </section>
      </main>
    </div>
  );
}
