"use client";
import { memo, Suspense } from "react";
import { MarkdownRenderer } from "@/components/markdown/markdown-renderer.lazy";
import { ErrorBoundary } from "@/components/ui/error-boundary";

/** Starts loading the Markdown renderer ahead of the first reply (e.g. when a run starts). */
export function preloadMarkdown(): void {
  void MarkdownRenderer.preload();
}

function PlainText({ text, pending = false }: { text: string; pending?: boolean }) {
  // `data-markdown-pending` marks text shown only until the renderer arrives (tests wait on it).
  return (
    <p className="whitespace-pre-wrap" data-markdown-pending={pending || undefined}>
      {text}
    </p>
  );
}

/** The model's text as Markdown, safely: no raw HTML, hardened links, remote images on request. */
export const MarkdownText = memo(function MarkdownText({
  text,
  streaming = false,
}: {
  text: string;
  streaming?: boolean;
}) {
  // Tables draw separate borders (each cell its right and bottom, the table its top and left):
  // collapsed borders cost about 30 ms of paint a frame in a long table that is streaming.
  return (
    <div className="markdown space-y-2 text-sm leading-relaxed break-words text-fg [&_h1]:text-base [&_h1]:font-semibold [&_h2]:font-semibold [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_ol]:pl-3 [&_table]:border-separate [&_table]:border-spacing-0 [&_table]:border-t [&_table]:border-l [&_table]:border-border-strong [&_td]:border-r [&_td]:border-b [&_td]:border-border-strong [&_td]:px-2 [&_th]:border-r [&_th]:border-b [&_th]:border-border-strong [&_th]:px-2 [&_ul]:list-disc [&_blockquote]:border-l-2 [&_blockquote]:border-zinc-300 [&_blockquote]:pl-3">
      <ErrorBoundary fallback={<PlainText text={text} />}>
        <Suspense fallback={<PlainText text={text} pending />}>
          <MarkdownRenderer text={text} streaming={streaming} />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
});
