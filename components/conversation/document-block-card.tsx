"use client";

import type { DocumentBlockParam } from "@anthropic-ai/sdk/resources/messages/messages";
import { useId, useMemo } from "react";
import { iconButtonClass, inputClass, labelClass } from "@/components/ui/field-styles";
import { Switch } from "@/components/ui/switch";
import { citationsEnabled, documentSummary, withDocumentField } from "@/lib/media/file-blocks";

const BADGE: Record<string, string> = {
  base64: "PDF",
  url: "URL",
  text: "TXT",
};

/**
 * A document as a chip: its name, type, size and pages in full (wrapping, never cut), the
 * citations switch, and the optional title and context the model sees with it.
 */
export function DocumentBlockCard({
  block,
  label,
  onRemove,
  onReplace,
}: {
  block: DocumentBlockParam;
  /** Names the block for assistive tech, e.g. "document 1 of message 2". */
  label: string;
  onRemove: () => void;
  onReplace?: (block: DocumentBlockParam) => void;
}) {
  const summary = useMemo(() => documentSummary(block), [block]);
  const titleId = useId();
  const contextId = useId();
  const facts = [summary.type, summary.size, summary.pages].filter(Boolean).join(" · ");
  const url = block.source.type === "url" ? block.source.url : undefined;
  return (
    <li
      aria-label={`Attached ${label}`}
      className="flex w-full flex-col gap-1.5 rounded-md border border-zinc-200 p-2 text-xs sm:w-72 dark:border-zinc-700"
    >
      <div className="flex items-start gap-2">
        <span
          aria-hidden
          className="mt-0.5 shrink-0 rounded bg-rose-50 px-1 py-0.5 font-mono text-2xs font-semibold text-rose-800 dark:bg-rose-950 dark:text-rose-200"
        >
          {BADGE[block.source.type] ?? "DOC"}
        </span>
        <span className="flex min-w-0 flex-1 flex-col">
          <span className="font-medium break-words text-zinc-800 [overflow-wrap:anywhere] dark:text-zinc-100">
            {summary.name}
          </span>
          <span className="text-2xs text-fg-muted">{facts}</span>
          {url && (
            <span className="line-clamp-2 text-2xs break-all text-fg-muted" title={url}>
              {url}
            </span>
          )}
        </span>
        <button
          type="button"
          aria-label={`Remove ${label}`}
          onClick={onRemove}
          className={`${iconButtonClass} shrink-0`}
        >
          ×
        </button>
      </div>
      {onReplace && (
        <>
          <Switch
            size="sm"
            label="Citations"
            title="Answers cite passages of this document (citations: {enabled: true})"
            checked={citationsEnabled(block)}
            onCheckedChange={(on) =>
              onReplace(withDocumentField(block, "citations", on ? { enabled: true } : undefined))
            }
          />
          <details className="group">
            <summary className="cursor-pointer text-2xs text-fg-muted select-none">
              Title and context
            </summary>
            <div className="mt-1 flex flex-col gap-1">
              <label htmlFor={titleId} className={labelClass}>
                Title
              </label>
              <input
                id={titleId}
                value={block.title ?? ""}
                onChange={(e) => onReplace(withDocumentField(block, "title", e.target.value))}
                className={`${inputClass} text-xs`}
              />
              <label htmlFor={contextId} className={labelClass}>
                Context (not cited)
              </label>
              <input
                id={contextId}
                value={block.context ?? ""}
                onChange={(e) => onReplace(withDocumentField(block, "context", e.target.value))}
                className={`${inputClass} text-xs`}
              />
            </div>
          </details>
        </>
      )}
    </li>
  );
}
