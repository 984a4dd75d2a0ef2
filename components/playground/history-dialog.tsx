"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useEffect, useState } from "react";
import { useRequestStore } from "@/components/playground/request-context";
import { browserStorage } from "@/lib/playground/browser-storage";
import {
  clearHistory,
  firstLine,
  HISTORY_CHANGED,
  type HistoryEntry,
  loadHistory,
  promptLine,
} from "@/lib/playground/history";

const STATUS_STYLE: Record<HistoryEntry["status"], string> = {
  done: "bg-emerald-50 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300",
  error: "bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-300",
  stopped: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
};

const timeFormat = new Intl.DateTimeFormat(undefined, {
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** "History": the last runs in this browser; "Restore" puts a run's request back. */
function savedHistory(): HistoryEntry[] {
  const storage = browserStorage("local");
  return storage ? loadHistory(storage) : [];
}

export function HistoryDialog({ triggerClassName }: { triggerClassName: string }) {
  const store = useRequestStore();
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    const onChange = (event: Event) => {
      setEntries(savedHistory());
      const detail = (event as CustomEvent<string | null>).detail;
      if (detail) setNote(detail);
    };
    window.addEventListener(HISTORY_CHANGED, onChange);
    return () => window.removeEventListener(HISTORY_CHANGED, onChange);
  }, []);

  const onOpenChange = (next: boolean) => {
    if (next) setEntries(savedHistory());
    setOpen(next);
  };

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger className={triggerClassName}>
        <svg viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" aria-hidden>
          <circle cx="8" cy="8" r="6" strokeWidth="1.5" />
          <path d="M8 4.5V8l2.5 1.5" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
        History
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/40 dark:bg-black/60" />
        <Dialog.Content className="fixed top-0 right-0 z-50 flex h-dvh w-[30rem] max-w-full flex-col border-l border-zinc-200 bg-white shadow-xl dark:border-zinc-800 dark:bg-zinc-900">
          <div className="flex items-center justify-between border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
            <div>
              <Dialog.Title className="text-base font-semibold">History</Dialog.Title>
              <Dialog.Description className="text-xs text-zinc-600 dark:text-zinc-400">
                Your last 50 runs, kept in this browser.
              </Dialog.Description>
            </div>
            <div className="flex items-center gap-1">
              <button
                type="button"
                disabled={entries.length === 0}
                onClick={() => {
                  const storage = browserStorage("local");
                  if (storage) clearHistory(storage);
                  setEntries([]);
                  setNote(null);
                }}
                className="h-7 rounded-md px-2 text-xs text-red-700 hover:bg-red-50 disabled:opacity-50 disabled:hover:bg-transparent dark:text-red-400 dark:hover:bg-red-950"
              >
                Clear history
              </button>
              <Dialog.Close
                aria-label="Close history"
                className="grid size-7 place-items-center rounded-md text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800"
              >
                <svg viewBox="0 0 16 16" className="size-3.5" stroke="currentColor" aria-hidden>
                  <path d="m4 4 8 8M12 4l-8 8" strokeWidth="1.5" strokeLinecap="round" />
                </svg>
              </Dialog.Close>
            </div>
          </div>
          {note && (
            <p className="border-b border-amber-200 bg-amber-50 px-4 py-2 text-xs text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-200">
              {note}
            </p>
          )}
          {entries.length === 0 ? (
            <p className="p-6 text-sm text-zinc-600 dark:text-zinc-400">
              No runs yet. Each run you make is kept here, newest first.
            </p>
          ) : (
            <ol
              aria-label="Runs"
              className="min-h-0 flex-1 divide-y divide-zinc-200 overflow-y-auto dark:divide-zinc-800"
            >
              {entries.map((entry) => (
                <HistoryItem
                  key={entry.id}
                  entry={entry}
                  onRestore={() => {
                    store.set(entry.request);
                    setOpen(false);
                  }}
                />
              ))}
            </ol>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function HistoryItem({ entry, onRestore }: { entry: HistoryEntry; onRestore: () => void }) {
  const time = timeFormat.format(entry.finishedAt);
  const prompt = promptLine(entry.request);
  const answer = firstLine(entry.preview);
  const statusText =
    entry.status === "error" && entry.httpStatus ? `error ${entry.httpStatus}` : entry.status;
  return (
    <li className="group px-4 py-3 hover:bg-zinc-50 dark:hover:bg-zinc-800/50">
      <div className="flex items-center gap-2 text-xs">
        <time
          dateTime={new Date(entry.finishedAt).toISOString()}
          className="shrink-0 whitespace-nowrap text-zinc-600 tabular-nums dark:text-zinc-400"
        >
          {time}
        </time>
        <span className="min-w-0 truncate font-mono text-zinc-800 dark:text-zinc-200">
          {entry.request.body.model}
        </span>
        <span
          className={`shrink-0 rounded px-1.5 py-0.5 font-medium ${STATUS_STYLE[entry.status]}`}
        >
          {statusText}
        </span>
        <button
          type="button"
          onClick={onRestore}
          aria-label={`Restore run from ${time}`}
          className="ml-auto h-6 shrink-0 rounded-md border border-zinc-300 px-2 text-xs hover:bg-white dark:border-zinc-700 dark:hover:bg-zinc-900"
        >
          Restore
        </button>
      </div>
      <p className="mt-1 truncate text-sm" title={prompt}>
        {prompt || <span className="text-zinc-500">(no prompt text)</span>}
      </p>
      <p className="truncate text-xs text-zinc-600 dark:text-zinc-400" title={answer}>
        {answer ? `→ ${answer}` : "(no answer text)"}
        {entry.mediaDropped ? " · images left out to save space" : ""}
      </p>
    </li>
  );
}
