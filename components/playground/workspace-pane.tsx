"use client";

import dynamic from "next/dynamic";
import { useEffect } from "react";
import { StartComparison } from "@/components/playground/compare/start-comparison";
import { useRequestStore } from "@/components/playground/request-context";
import { preloadMarkdown } from "@/components/playground/response/markdown-text";
import { ResponsePanel } from "@/components/playground/response/response-panel";
import { FilledCodePanel } from "@/components/playground/test-cases/filled-code-panel";
import type { Workspaces } from "@/components/playground/use-workspaces";
import { buttonClass } from "@/components/ui/field-styles";
import type { Recording } from "@/lib/playground/recording";
import type { RunMode } from "@/lib/playground/run-origin";
import type { RunController } from "@/lib/playground/use-run";

const loading = (what: string) => () => (
  <p className="p-6 text-sm text-fg-subtle">Loading {what}…</p>
);

// Comparisons and test cases load when opened, not with the page.
const CompareWorkspace = dynamic(
  () => import("@/components/playground/compare/compare-workspace"),
  { ssr: false, loading: loading("the comparison") },
);
// One loader for both the prefetch and the view: an inline `dynamic(() => import())` would be
// bundled as a second copy that the prefetch does not fetch.
// A presented reply needs the Markdown renderer too, so a demo that goes offline still renders it.
const loadPresenter = () => {
  preloadMarkdown();
  return import("@/components/playground/present/presenter");
};
const Presenter = dynamic(loadPresenter, { ssr: false });
const TestCasesWorkspace = dynamic(
  () => import("@/components/playground/test-cases/test-cases-workspace"),
  { ssr: false, loading: loading("test cases") },
);

/** "Compare", "Test cases" and "Present", beside the model picker. */
export function WorkspaceButtons({ workspaces }: { workspaces: Workspaces }) {
  const { comparison, setComparison, testCasesOpen, setTestCasesOpen, setPresenting } = workspaces;
  // A demo may go offline: the presenter's code is fetched just after the page is up, not with it.
  useEffect(() => {
    void loadPresenter();
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

/** The page's right side: the answer, a comparison, or the test cases. */
export function WorkspacePane({
  workspaces,
  run,
  mode,
  sharedRecordings,
}: {
  workspaces: Workspaces;
  run: RunController;
  mode: RunMode;
  /** Answers a comparison link carried, by column. */
  sharedRecordings?: (Recording | null)[];
}) {
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
      <Pane workspaces={workspaces} run={run} mode={mode} sharedRecordings={sharedRecordings} />
    </>
  );
}

function Pane({
  workspaces,
  run,
  mode,
  sharedRecordings,
}: {
  workspaces: Workspaces;
  run: RunController;
  mode: RunMode;
  sharedRecordings?: (Recording | null)[];
}) {
  const store = useRequestStore();
  const { comparison, setComparison, testCasesOpen } = workspaces;
  if (testCasesOpen) {
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
  if (comparison) {
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
  return (
    <section aria-label="Response" className="flex min-h-0 flex-col">
      <ResponsePanel run={workspaces.send} onCompare={setComparison} />
      <FilledCodePanel values={workspaces.values} />
    </section>
  );
}
