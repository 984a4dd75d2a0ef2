"use client";

import { useEffect } from "react";
import { StartComparison } from "@/components/compare/start-comparison";
import { ConversationThread } from "@/components/conversation/conversation-thread";
import { ResponsePanel } from "@/components/run/response-panel";
import { RunBar } from "@/components/run/run-bar";
import type { Workspaces } from "@/components/shell/use-workspaces";
import {
  CompareWorkspace,
  Presenter,
  TestCasesWorkspace,
} from "@/components/shell/workspaces.lazy";
import { buttonClass } from "@/components/ui/field-styles";
import type { RunMode } from "@/lib/keys/run-mode";
import { useRequestStore } from "@/lib/request/request-context";
import type { Recording } from "@/lib/run/recording";
import type { RunController } from "@/lib/run/use-run";

/** "Compare", "Test cases" and "Present", beside the model picker. */
export function WorkspaceButtons({ workspaces }: { workspaces: Workspaces }) {
  const { comparison, setComparison, view, setTestCasesOpen, setPresenting } = workspaces;
  const testCasesOpen = view === "test-cases";
  // A demo may go offline: the presenter's code is fetched just after the page is up, not with it.
  useEffect(() => {
    void Presenter.preload();
  }, []);
  // Ctrl/Cmd+Shift+P enters presenter mode from anywhere; Esc leaves it.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === "p") {
        event.preventDefault();
        setPresenting(true);
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [setPresenting]);
  return (
    <>
      {!comparison && <StartComparison onStart={setComparison} />}
      <button
        type="button"
        aria-pressed={testCasesOpen}
        onClick={() => setTestCasesOpen(!testCasesOpen)}
        title="Variables and test cases: run every row on every model"
        className={`${buttonClass} h-8 px-2.5 text-sm`}
      >
        Test cases
      </button>
      <button
        type="button"
        onClick={() => setPresenting(true)}
        aria-keyshortcuts="Control+Shift+P Meta+Shift+P"
        title="Presenter mode (Ctrl+Shift+P): large type and prepared scenes; Esc leaves"
        className={`${buttonClass} h-8 px-2.5 text-sm`}
      >
        Present
      </button>
    </>
  );
}

interface WorkspacePaneProps {
  workspaces: Workspaces;
  run: RunController;
  mode: RunMode;
  /** Runs without the user's own key use the server's (else the emulator answers). */
  usesServerKey: boolean;
  /** Answers a comparison link carried, by column. */
  sharedRecordings?: (Recording | null)[];
}

/** The page's main pane: the conversation and its answer, a comparison, or the test cases. */
export function WorkspacePane(props: WorkspacePaneProps) {
  const { workspaces, run, mode } = props;
  const store = useRequestStore();
  const { comparison } = workspaces;
  return (
    <>
      {workspaces.presenting && (
        <Presenter
          scenes={workspaces.scenes}
          onScenesChange={workspaces.setScenes}
          onScreen={{ request: store.get(), comparison, recording: run.recording }}
          mode={mode}
          onLeave={() => workspaces.setPresenting(false)}
        />
      )}
      <Pane {...props} />
    </>
  );
}

function Pane(props: WorkspacePaneProps) {
  const { workspaces, usesServerKey } = props;
  if (workspaces.wide) {
    // A grid cell stretches its one child to the pane's full height, as the page grid did.
    return (
      <div className="grid min-h-0 flex-1">
        <Workspace {...props} />
      </div>
    );
  }
  return (
    <section aria-label="Conversation" className="flex min-h-0 flex-1 flex-col">
      <ResponsePanel
        run={workspaces.send}
        lead={<ConversationThread />}
        onCompare={workspaces.setComparison}
      />
      <RunBar run={workspaces.send} usesServerKey={usesServerKey} />
    </section>
  );
}

/** A comparison or the test cases, whichever is open. */
function Workspace({ workspaces, run, mode, sharedRecordings }: WorkspacePaneProps) {
  const store = useRequestStore();
  const { comparison, setComparison, view } = workspaces;
  if (view === "test-cases") {
    return (
      <TestCasesWorkspace
        table={workspaces.testCases}
        onTableChange={workspaces.setTestCases}
        comparison={comparison}
        mode={mode}
        onClose={() => workspaces.setTestCasesOpen(false)}
      />
    );
  }
  if (view !== "compare" || !comparison) return null;
  return (
    <CompareWorkspace
      comparison={comparison}
      onComparisonChange={setComparison}
      mode={mode}
      initialRecordings={sharedRecordings}
      onOpenInPlayground={(request) => {
        setComparison(null);
        store.set(request);
        run.clear();
      }}
      onClose={() => setComparison(null)}
      prepare={workspaces.prepare}
    />
  );
}
