"use client";

import dynamic from "next/dynamic";
import { useRequestStore } from "@/components/playground/request-context";
import { ThemeToggle } from "@/components/playground/theme-toggle";
import type { Recording } from "@/lib/playground/recording";
import type { RecordingOrigin } from "@/lib/playground/run-origin";
import { type RunKey, runKey, type ServerMode } from "@/lib/playground/server-mode";
import { useUserKey } from "@/lib/playground/use-user-key";

const BUTTON =
  "inline-flex h-8 items-center gap-1.5 rounded-md px-2.5 text-sm text-fg-secondary hover:bg-surface-muted hover:text-zinc-950 dark:hover:text-white";

/** Holds a dialog's place in the bar while its code loads, so nothing shifts. */
function Pending({ label }: { label: string }) {
  return (
    <span aria-hidden className={`${BUTTON} opacity-50`}>
      {label}
    </span>
  );
}

// Dialogs and their libraries load after the first screen, which needs only their buttons.
const ImportDialog = dynamic(
  () => import("@/components/playground/import-dialog").then((m) => m.ImportDialog),
  { ssr: false, loading: () => <Pending label="Import" /> },
);
const KeySettingsDialog = dynamic(
  () => import("@/components/playground/key-settings-dialog").then((m) => m.KeySettingsDialog),
  { ssr: false, loading: () => <Pending label="Key settings" /> },
);
const HistoryDialog = dynamic(
  () => import("@/components/playground/history-dialog").then((m) => m.HistoryDialog),
  { ssr: false, loading: () => <Pending label="History" /> },
);
const SharePopover = dynamic(
  () => import("@/components/playground/share-popover").then((m) => m.SharePopover),
  { ssr: false, loading: () => <Pending label="Share" /> },
);

/** Which key the next run uses: the user's own, the server's, or none (the emulator answers). */
const MODE_LABELS: Readonly<Record<RunKey, string>> = {
  yours: "ZenMux · your key",
  server: "ZenMux · server key",
  none: "Demo",
};

/** What the bar does with runs: the one on screen, and opening a kept one. */
export interface TopBarRuns {
  recording: Recording | null;
  open(recording: Recording, from: RecordingOrigin): void;
  startNew(): void;
}

export function TopBar({
  serverMode,
  keySettings,
  runs,
}: {
  serverMode: ServerMode;
  /** The Key settings dialog's open state, shared with the demo banner's link to it. */
  keySettings: { open: boolean; onOpenChange: (open: boolean) => void };
  runs: TopBarRuns;
}) {
  const hasUserKey = useUserKey() !== null;
  const store = useRequestStore();
  const key = runKey(serverMode, hasUserKey);
  const demo = key === "none";
  return (
    <header className="flex h-12 shrink-0 items-center gap-3 border-b border-border px-4">
      <h1 className="flex items-center gap-2 text-sm font-semibold tracking-tight">
        <span
          aria-hidden
          className="grid size-6 place-items-center rounded-md bg-zinc-900 font-mono text-xs text-white dark:bg-white dark:text-zinc-900"
        >
          Z
        </span>
        ZenMux Playground
      </h1>
      <span
        role="status"
        aria-label="Mode"
        title={
          demo
            ? "No key: the built-in emulator answers"
            : hasUserKey
              ? "Runs go to ZenMux with the key saved in this browser"
              : "Runs go to ZenMux with the server's key"
        }
        className={`inline-flex h-6 items-center gap-1.5 rounded-full border px-2 text-xs font-medium ${
          demo
            ? "border-warn-border bg-warn-surface text-warn-strong"
            : "border-ok-border bg-ok-surface text-emerald-900 dark:text-emerald-200"
        }`}
      >
        <span
          aria-hidden
          className={`size-1.5 rounded-full ${demo ? "bg-amber-500" : "bg-emerald-500"}`}
        />
        {MODE_LABELS[key]}
      </span>
      <nav aria-label="Playground" className="ml-auto flex items-center gap-1">
        <button
          type="button"
          onClick={runs.startNew}
          title="Start a new conversation with the same model and settings"
          className={BUTTON}
        >
          <svg
            viewBox="0 0 16 16"
            className="size-3.5"
            fill="none"
            stroke="currentColor"
            aria-hidden
          >
            <path d="M8 3.5v9M3.5 8h9" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
          New
        </button>
        <ImportDialog
          onImport={store.set}
          onImportRun={(recording) => runs.open(recording, "file")}
          triggerClassName={BUTTON}
        />
        <KeySettingsDialog triggerClassName={BUTTON} {...keySettings} />
        <HistoryDialog
          triggerClassName={BUTTON}
          onRestore={(recording) => runs.open(recording, "history")}
        />
        <SharePopover triggerClassName={BUTTON} recording={runs.recording} />
        <span aria-hidden className="mx-1 h-5 w-px bg-zinc-200 dark:bg-zinc-800" />
        <ThemeToggle className={`${BUTTON} w-8 justify-center px-0`} />
      </nav>
    </header>
  );
}
