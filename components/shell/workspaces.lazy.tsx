"use client";

import { MarkdownRenderer } from "@/components/markdown/markdown-renderer.lazy";
import { lazyView } from "@/components/ui/lazy-view";

const loading = (what: string) => () => (
  <p className="p-6 text-sm text-fg-subtle">Loading {what}…</p>
);

// Comparisons and test cases load when opened, not with the page.
export const CompareWorkspace = lazyView(
  () => import("@/components/compare/compare-workspace"),
  (m) => m.default,
  { fallback: loading("the comparison") },
);
export const TestCasesWorkspace = lazyView(
  () => import("@/components/test-cases/test-cases-workspace"),
  (m) => m.default,
  { fallback: loading("test cases") },
);

/**
 * Presenter mode is fetched just after the page is up (a demo may go offline), with the Markdown
 * renderer, which a presented reply needs too.
 */
export const Presenter = lazyView(
  () => {
    void MarkdownRenderer.preload();
    return import("@/components/present/presenter");
  },
  (m) => m.default,
);
