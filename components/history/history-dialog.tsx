"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useState } from "react";
import { HistoryPanel } from "@/components/history/history-panel.lazy";
import { HISTORY_MAX_ENTRIES } from "@/lib/history/history";
import type { Recording } from "@/lib/run/recording";

/**
 * "History": the runs kept in this browser. Restore brings back the request and the whole
 * response; entries can be searched, renamed, starred and deleted.
 */
export function HistoryDialog({
  triggerClassName,
  onRestore,
}: {
  triggerClassName: string;
  onRestore: (recording: Recording) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className={triggerClassName}>
        <svg viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" aria-hidden>
          <circle cx="8" cy="8" r="6" strokeWidth="1.5" />
          <path d="M8 4.5V8l2.5 1.5" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
        History
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/40 dark:bg-black/60" />
        <Dialog.Content className="fixed top-0 right-0 z-50 flex h-dvh w-[32rem] max-w-full flex-col border-l border-border bg-surface-raised shadow-xl">
          <div className="flex items-center justify-between border-b border-border px-4 py-3">
            <div>
              <Dialog.Title className="text-base font-semibold">History</Dialog.Title>
              <Dialog.Description className="text-xs text-fg-muted">
                Your last {HISTORY_MAX_ENTRIES} runs with their answers, kept in this browser.
                Starred runs are never dropped.
              </Dialog.Description>
            </div>
            <Dialog.Close
              aria-label="Close history"
              className="grid size-7 place-items-center rounded-md text-fg-muted hover:bg-surface-muted"
            >
              <svg viewBox="0 0 16 16" className="size-3.5" stroke="currentColor" aria-hidden>
                <path d="m4 4 8 8M12 4l-8 8" strokeWidth="1.5" strokeLinecap="round" />
              </svg>
            </Dialog.Close>
          </div>
          <HistoryPanel
            onRestore={(recording) => {
              onRestore(recording);
              setOpen(false);
            }}
          />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
