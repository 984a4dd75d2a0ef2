"use client";

import * as Popover from "@radix-ui/react-popover";
import { memo } from "react";
import { Notice } from "@/components/ui/notice";
import { type CacheWarning, MAX_CACHE_BREAKPOINTS } from "@/lib/anthropic/cache-plan";
import type { CachePrefix } from "@/lib/cost/cache-prefix";
import { partLabel } from "@/lib/cost/cache-prefix";

import { formatCount as n } from "@/lib/format/format-count";

const TTL_LABEL = { "5m": "5 min", "1h": "1 h" } as const;

export function cacheWarningText(warning: CacheWarning, model: string): string {
  switch (warning.kind) {
    case "too-many":
      return `${warning.count} cache breakpoints: the API allows at most ${MAX_CACHE_BREAKPOINTS} and refuses the request.`;
    case "below-minimum":
      return `The prefix up to ${partLabel(warning.path)} is ${n(warning.prefixTokens)} tokens, below ${model}'s minimum of ${n(warning.minimum)}: it will not be cached, and is billed as plain input.`;
    case "ttl-order":
      return `${partLabel(warning.path)} has a 1 h TTL after the 5 min breakpoint at ${partLabel(warning.after)}: 1 h breakpoints must come first.`;
  }
}

const AREA = (path: string) =>
  path.startsWith("tools") ? "tools" : path.startsWith("system") ? "system" : "messages";

type PrefixProps = {
  prefix: CachePrefix;
  model: string;
  estimate: boolean;
};

/**
 * The cache prefix in the order the API reads it (tools, system, messages): each part with its
 * tokens, each breakpoint with the prefix it caches, and what would keep the cache from working.
 */
export const CachePrefixPopover = memo(function CachePrefixPopover({
  prefix,
  model,
  estimate,
}: PrefixProps) {
  const { breakpoints, warnings } = prefix;
  const label =
    breakpoints.length === 0
      ? "Cache: off"
      : `Cache: ${breakpoints.length} breakpoint${breakpoints.length === 1 ? "" : "s"}`;
  return (
    <Popover.Root>
      <Popover.Trigger
        aria-label={`${label}${warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? "" : "s"}` : ""}. Show the cache prefix`}
        className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-2xs font-medium ${
          warnings.length
            ? "border-amber-400 bg-warn-surface text-warn-strong hover:bg-amber-100 dark:border-amber-700 dark:hover:bg-amber-900"
            : "border-border-strong text-fg-secondary hover:bg-surface-muted"
        }`}
      >
        {warnings.length > 0 && <span aria-hidden="true">⚠ {warnings.length}</span>}
        {label}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          side="top"
          align="start"
          sideOffset={6}
          aria-label="Cache prefix"
          className="z-50 max-h-[70vh] w-[30rem] max-w-[calc(100vw-1rem)] space-y-2 overflow-y-auto rounded-lg border border-border bg-surface-raised p-3 text-xs shadow-lg"
        >
          <PrefixDetails prefix={prefix} model={model} estimate={estimate} />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
});

/** The popover's body: built only while it is open, not on every render of the meter. */
function PrefixDetails({ prefix, model, estimate }: PrefixProps) {
  const { parts, breakpoints, warnings } = prefix;
  const lastCached = parts.findLastIndex((part) => part.breakpoint);
  return (
    <>
      <h2 className="text-sm font-medium text-fg">Cache prefix</h2>
      <p className="text-fg-muted">
        The API reads tools, then system, then messages. Each breakpoint caches everything up to it.{" "}
        {estimate ? "Token counts are estimates." : "Part counts are shares of the counted total."}
      </p>
      {warnings.length > 0 && (
        <ul aria-label="Cache warnings" className="space-y-1">
          {warnings.map((warning) => (
            <Notice
              tone="warn"
              as="li"
              key={`${warning.kind}-${"path" in warning ? warning.path : ""}`}
            >
              {cacheWarningText(warning, model)}
            </Notice>
          ))}
        </ul>
      )}
      <ol aria-label="Prefix parts in order" className="space-y-0.5">
        {parts.map((part, i) => {
          const point = breakpoints.find((b) => b.path === part.path);
          const area = AREA(part.path);
          return (
            <li
              key={part.path}
              className={`flex items-center gap-2 rounded px-1.5 py-0.5 ${
                i <= lastCached ? "bg-indigo-50 dark:bg-indigo-950/60" : "text-fg-muted"
              } ${point ? "border-b-2 border-focus" : ""}`}
            >
              <span className="w-[4.5rem] shrink-0 text-2xs tracking-wide text-zinc-600 uppercase dark:text-zinc-300">
                {area}
              </span>
              <span className="min-w-0 flex-1 truncate">{partLabel(part.path)}</span>
              <span className="font-mono tabular-nums">{n(part.tokens)}</span>
              {point && (
                <span className="shrink-0 rounded bg-indigo-600 px-1 text-2xs font-medium text-white">
                  Breakpoint {TTL_LABEL[point.ttl]} · prefix {n(point.prefixTokens)}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {breakpoints.length === 0 && (
        <p className="text-fg-muted">
          No breakpoints: set Cache on a tool, the system prompt or a message to cache the prefix up
          to it.
        </p>
      )}
    </>
  );
}
