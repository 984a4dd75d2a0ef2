"use client";

import { lazyView } from "@/components/ui/lazy-view";

/**
 * The Markdown parser is not needed until a reply arrives, so it stays out of the first load.
 * Until it has come, MarkdownText's <Suspense> shows the reply as plain text.
 */
export const MarkdownRenderer = lazyView(
  () => import("@/components/markdown/markdown-renderer"),
  (m) => m.MarkdownRenderer,
  { suspends: true },
);
