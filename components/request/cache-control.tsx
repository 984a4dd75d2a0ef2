"use client";

import {
  type CacheChoice,
  cacheChoiceOf,
  messageTextPart,
  setMessageTextCache,
  setSystemCache,
  withCacheChoice,
} from "@/lib/request/cache-control-edits";
import { useRequestStore } from "@/lib/request/request-context";
import type { EditableMessage } from "@/lib/request/request-edits";

const CHOICES: readonly [CacheChoice, string][] = [
  ["off", "No cache"],
  ["5m", "Cache 5 min"],
  ["1h", "Cache 1 h"],
];

/** A quiet select for one `cache_control` breakpoint; it stands out only once set. */
function CacheSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: CacheChoice;
  onChange: (choice: CacheChoice) => void;
}) {
  return (
    <select
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value as CacheChoice)}
      className={`h-6 shrink-0 rounded border px-1 text-2xs dark:[&>option]:bg-zinc-900 ${
        value === "off"
          ? "border-transparent bg-transparent text-fg-muted hover:border-border-strong"
          : "border-indigo-300 bg-accent-surface font-medium text-indigo-800 dark:border-indigo-700 dark:text-indigo-200"
      }`}
    >
      {CHOICES.map(([choice, text]) => (
        <option key={choice} value={choice}>
          {text}
        </option>
      ))}
    </select>
  );
}

/** The breakpoint of a tool or a message block, which the caller replaces as a whole. */
export function PartCacheControl<T extends object>({
  part,
  label,
  onChange,
}: {
  part: T;
  label: string;
  onChange: (part: T) => void;
}) {
  return (
    <CacheSelect
      label={label}
      value={cacheChoiceOf(part)}
      onChange={(choice) => onChange(withCacheChoice(part, choice))}
    />
  );
}

/** The breakpoint of the system prompt (a string) or of one of its blocks. */
export function SystemCacheControl({ part, index }: { part: unknown; index: number }) {
  const setRequest = useRequestStore().set;
  return (
    <CacheSelect
      label={
        typeof part === "string"
          ? "Cache breakpoint: system"
          : `Cache breakpoint: system block ${index + 1}`
      }
      value={cacheChoiceOf(part)}
      onChange={(choice) => setRequest((r) => setSystemCache(r, index, choice))}
    />
  );
}

/** The breakpoint of a message's text, the part its text box edits. */
export function MessageCacheControl({
  index,
  message,
}: {
  index: number;
  message: EditableMessage;
}) {
  const setRequest = useRequestStore().set;
  return (
    <CacheSelect
      label={`Cache breakpoint: message ${index + 1}`}
      value={cacheChoiceOf(messageTextPart(message))}
      onChange={(choice) => setRequest((r) => setMessageTextCache(r, index, choice))}
    />
  );
}
