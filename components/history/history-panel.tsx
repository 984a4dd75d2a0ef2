"use client";

import { useCallback, useEffect, useId, useState } from "react";
import { inputClass } from "@/components/ui/field-styles";
import { Notice } from "@/components/ui/notice";
import { firstLine, type HistoryEntry, searchHistory } from "@/lib/history/history";
import * as historyStore from "@/lib/history/history-store";
import { HISTORY_CHANGED } from "@/lib/history/record-run";
import type { Recording } from "@/lib/run/recording";

const STATUS_STYLE: Record<HistoryEntry["status"], string> = {
  done: "bg-ok-surface text-emerald-800 dark:text-emerald-300",
  error: "bg-danger-surface text-red-800 dark:text-red-300",
  stopped: "bg-surface-muted text-fg-secondary",
};

/** "error 529", or "broke" for a stream that began with a 2xx: never "error 200". */
function historyStatus(entry: HistoryEntry): string {
  if (entry.status !== "error" || entry.httpStatus === undefined) return entry.status;
  return entry.httpStatus < 300 ? "stream broke" : `error ${entry.httpStatus}`;
}

const timeFormat = new Intl.DateTimeFormat(undefined, {
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

const smallButton =
  "h-6 shrink-0 rounded-md border border-border-strong px-2 text-xs hover:bg-surface-raised";

/**
 * The history list, loaded with the dialog: search, restore, rename, star, delete, clear. Mounted
 * only while the dialog is open.
 */
export function HistoryPanel({ onRestore }: { onRestore: (recording: Recording) => void }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [query, setQuery] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const searchId = useId();

  const refresh = useCallback(async () => {
    const listed = await historyStore.listHistory();
    setEntries(listed.ok ? listed.value : []);
    if (!listed.ok) setProblem(listed.error);
  }, []);

  // The panel exists while the dialog is open.
  useEffect(() => {
    void refresh();
    const onChange = () => void refresh();
    window.addEventListener(HISTORY_CHANGED, onChange);
    return () => window.removeEventListener(HISTORY_CHANGED, onChange);
  }, [refresh]);

  /** Runs a change, then shows the list as stored (or says why it could not change). */
  const change = async (work: () => Promise<{ ok: boolean; error?: string }>) => {
    const result = await work();
    setProblem(result.ok ? null : (result.error ?? null));
    await refresh();
  };

  const restore = async (entry: HistoryEntry) => {
    const loaded = await historyStore.loadRecording(entry.id);
    if (!loaded.ok) return setProblem(loaded.error);
    onRestore(loaded.value);
  };

  const shown = entries ? searchHistory(entries, query) : [];
  const starredFirst = [...shown.filter((e) => e.starred), ...shown.filter((e) => !e.starred)];

  return (
    <>
      <div className="flex items-center gap-2 border-b border-border px-4 py-2">
        <label htmlFor={searchId} className="sr-only">
          Search history
        </label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Search by name, prompt, answer or model"
          className={`${inputClass} h-8`}
        />
        {confirmClear ? (
          <button
            type="button"
            onClick={() => {
              setConfirmClear(false);
              void change(() => historyStore.clearHistory());
            }}
            className="h-7 shrink-0 whitespace-nowrap rounded-md bg-red-600 px-2 text-xs font-medium text-white hover:bg-red-700"
          >
            Clear all runs
          </button>
        ) : (
          <button
            type="button"
            disabled={!entries || entries.length === 0}
            onClick={() => setConfirmClear(true)}
            className="h-7 shrink-0 whitespace-nowrap rounded-md px-2 text-xs text-danger hover:bg-danger-surface disabled:opacity-50 disabled:hover:bg-transparent"
          >
            Clear history
          </button>
        )}
      </div>
      {problem && (
        <Notice tone="warn" shape="banner" as="p" role="alert" className="text-xs">
          {problem}
        </Notice>
      )}
      {entries === null ? (
        <p className="p-6 text-sm text-fg-muted">Loading…</p>
      ) : entries.length === 0 ? (
        <p className="p-6 text-sm text-fg-muted">
          No runs yet. Each run you make is kept here, newest first.
        </p>
      ) : starredFirst.length === 0 ? (
        <p className="p-6 text-sm text-fg-muted">No run matches “{query}”.</p>
      ) : (
        <ol aria-label="Runs" className="min-h-0 flex-1 divide-y divide-border overflow-y-auto">
          {starredFirst.map((entry) => (
            <HistoryItem
              key={entry.id}
              entry={entry}
              onRestore={() => void restore(entry)}
              onStar={() =>
                void change(async () =>
                  historyStore.updateEntry(entry.id, { starred: !entry.starred }),
                )
              }
              onRename={(title) =>
                void change(async () =>
                  historyStore.updateEntry(entry.id, { title: title || undefined }),
                )
              }
              onDelete={() => void change(() => historyStore.deleteEntry(entry.id))}
            />
          ))}
        </ol>
      )}
    </>
  );
}

function HistoryItem({
  entry,
  onRestore,
  onStar,
  onRename,
  onDelete,
}: {
  entry: HistoryEntry;
  onRestore: () => void;
  onStar: () => void;
  onRename: (title: string) => void;
  onDelete: () => void;
}) {
  const [renaming, setRenaming] = useState(false);
  const time = timeFormat.format(entry.finishedAt);
  const name = entry.title ?? entry.prompt;
  const label = entry.title ? `“${entry.title}”` : `from ${time}`;
  const answer = firstLine(entry.preview);
  const statusText = historyStatus(entry);
  return (
    <li className="group px-4 py-3 hover:bg-zinc-50 dark:hover:bg-zinc-800/50">
      <div className="flex items-center gap-2 text-xs">
        <button
          type="button"
          onClick={onStar}
          aria-pressed={entry.starred}
          aria-label={`Star run ${label}`}
          title={entry.starred ? "Starred: never dropped" : "Star to keep"}
          className={`grid size-6 shrink-0 place-items-center rounded-md hover:bg-surface-muted ${entry.starred ? "text-amber-500" : "text-zinc-400"}`}
        >
          <svg viewBox="0 0 16 16" className="size-3.5" aria-hidden>
            <path
              d="m8 1.8 1.9 3.9 4.3.6-3.1 3 .7 4.3L8 11.6l-3.8 2 .7-4.3-3.1-3 4.3-.6z"
              fill={entry.starred ? "currentColor" : "none"}
              stroke="currentColor"
              strokeWidth="1.2"
              strokeLinejoin="round"
            />
          </svg>
        </button>
        <time
          dateTime={new Date(entry.finishedAt).toISOString()}
          className="shrink-0 whitespace-nowrap text-fg-muted tabular-nums"
        >
          {time}
        </time>
        <span className="min-w-0 truncate font-mono text-fg-soft">{entry.model}</span>
        <span
          className={`shrink-0 rounded px-1.5 py-0.5 font-medium ${STATUS_STYLE[entry.status]}`}
        >
          {statusText}
        </span>
        <button
          type="button"
          onClick={onRestore}
          aria-label={`Restore run ${label}`}
          className={`ml-auto ${smallButton}`}
        >
          Restore
        </button>
      </div>
      {renaming ? (
        <form
          className="mt-1 flex gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const value = new FormData(event.currentTarget).get("title");
            onRename(typeof value === "string" ? value.trim() : "");
            setRenaming(false);
          }}
        >
          <input
            name="title"
            aria-label={`Name of run ${label}`}
            defaultValue={entry.title ?? entry.prompt}
            // biome-ignore lint/a11y/noAutofocus: the user just asked to type a name
            autoFocus
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                event.preventDefault();
                event.stopPropagation();
                setRenaming(false);
              }
            }}
            className={`${inputClass} h-7`}
          />
          <button type="submit" className={smallButton}>
            Save name
          </button>
        </form>
      ) : (
        <p className="mt-1 truncate text-sm" title={name}>
          {entry.title && <span className="mr-1 font-medium">{entry.title} ·</span>}
          {entry.prompt || <span className="text-fg-subtle">(no prompt text)</span>}
        </p>
      )}
      <div className="flex items-center gap-2">
        <p className="min-w-0 flex-1 truncate text-xs text-fg-muted" title={answer}>
          {answer ? `→ ${answer}` : "(no answer text)"}
        </p>
        <span className="flex shrink-0 gap-1">
          <button
            type="button"
            onClick={() => setRenaming(true)}
            aria-label={`Rename run ${label}`}
            className={smallButton}
          >
            Rename
          </button>
          <button
            type="button"
            onClick={onDelete}
            aria-label={`Delete run ${label}`}
            className={`${smallButton} text-danger`}
          >
            Delete
          </button>
        </span>
      </div>
    </li>
  );
}
