"use client";
import { memo, useEffect, useId, useState } from "react";
import { MarkdownText } from "@/components/markdown/markdown-text";
import type {
  ResponseBlock,
  TextBlock,
  ThinkingBlock,
  ToolUseBlock,
} from "@/lib/anthropic/stream-accumulator";

function citationLabel(citation: unknown): string {
  if (typeof citation !== "object" || citation === null) return String(citation);
  const c = citation as Record<string, unknown>;
  const source =
    c.title ??
    c.url ??
    c.document_title ??
    (typeof c.document_index === "number" ? `Document ${c.document_index + 1}` : c.type);
  return String(source ?? "Source");
}

function TextView({ block, streaming }: { block: TextBlock; streaming: boolean }) {
  const citations = block.citations ?? [];
  return (
    <div>
      <MarkdownText text={block.text} streaming={streaming} />
      {citations.length > 0 && (
        <section
          aria-label="Citations"
          className="mt-2 border-l-2 border-zinc-200 pl-3 text-xs dark:border-zinc-700"
        >
          <h4 className="font-medium text-fg-muted">Citations</h4>
          <ol className="mt-1 list-decimal space-y-1 pl-4">
            {citations.map((citation, i) => {
              const c = (
                typeof citation === "object" && citation !== null ? citation : {}
              ) as Record<string, unknown>;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: citations only grow, in order
                <li key={i}>
                  <span className="font-medium">{citationLabel(citation)}</span>
                  {typeof c.cited_text === "string" && (
                    <q className="ml-1 text-fg-muted">{c.cited_text}</q>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </div>
  );
}

function ThinkingView({ block, streaming }: { block: ThinkingBlock; streaming: boolean }) {
  const [open, setOpen] = useState(streaming);
  const regionId = useId();
  // Open while it streams in; folded away once the reply is complete.
  useEffect(() => {
    if (!streaming) setOpen(false);
  }, [streaming]);
  return (
    <div className="rounded-md border border-border bg-zinc-50 dark:bg-zinc-900/60">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((o) => !o)}
        className="flex w-full items-center gap-2 px-3 py-1.5 text-left text-xs font-medium text-fg-muted hover:text-fg"
      >
        <span aria-hidden="true" className={`transition-transform ${open ? "rotate-90" : ""}`}>
          ▸
        </span>
        Thinking
        <span className="font-normal text-fg-subtle">
          {block.thinking.length.toLocaleString()} chars{block.signature ? " · signed" : ""}
        </span>
      </button>
      <div id={regionId} hidden={!open} className="border-t border-border px-3 py-2">
        <p className="whitespace-pre-wrap text-xs leading-relaxed text-fg-secondary">
          {block.thinking}
        </p>
      </div>
    </div>
  );
}

function ToolUseView({ block }: { block: ToolUseBlock }) {
  const input =
    block.partialJson !== undefined
      ? block.partialJson
      : typeof block.input === "string"
        ? block.input
        : JSON.stringify(block.input, null, 2);
  return (
    <section
      aria-label={`Tool call ${block.name}`}
      className="rounded-md border border-violet-200 bg-violet-50/50 text-xs dark:border-violet-900 dark:bg-violet-950/30"
    >
      <header className="flex flex-wrap items-center gap-2 border-b border-violet-200 px-3 py-1.5 dark:border-violet-900">
        <span className="rounded bg-violet-100 px-1.5 py-0.5 font-medium text-violet-900 dark:bg-violet-900 dark:text-violet-100">
          {block.type === "server_tool_use" ? "server tool" : "tool_use"}
        </span>
        <span className="font-mono font-semibold text-fg">{block.name}</span>
        <span className="ml-auto font-mono text-fg-subtle">{block.id}</span>
      </header>
      <pre className="overflow-x-auto p-3 font-mono text-fg-soft">{input}</pre>
      {block.inputError && (
        <p className="px-3 pb-2 text-danger">The input is not valid JSON: {block.inputError}</p>
      )}
    </section>
  );
}

export const ContentBlockView = memo(function ContentBlockView({
  block,
  streaming,
}: {
  block: ResponseBlock;
  streaming: boolean;
}) {
  switch (block.type) {
    case "text":
      return <TextView block={block} streaming={streaming} />;
    case "thinking":
      return <ThinkingView block={block} streaming={streaming} />;
    case "redacted_thinking":
      return (
        <p className="text-xs italic text-fg-subtle">
          Redacted thinking (encrypted, kept for the next turn).
        </p>
      );
    case "tool_use":
    case "server_tool_use":
      return <ToolUseView block={block} />;
    case "other":
      return (
        <details className="rounded-md border border-border text-xs">
          <summary className="cursor-pointer px-3 py-1.5 font-mono">
            {String(block.original.type ?? "block")}
          </summary>
          <pre className="overflow-x-auto p-3 font-mono">
            {JSON.stringify(block.original, null, 2)}
          </pre>
        </details>
      );
  }
});
