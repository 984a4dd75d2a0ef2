import dynamic from "next/dynamic";
import { type ComponentType, lazy, type ReactNode } from "react";

/**
 * The one way a view stays out of the page's first load: `lazyView(load, pick, options)`, called
 * only in `*.lazy.tsx` files, which hold the handles of what the first screen does not load
 * (first-screen.test.ts keeps it so).
 *
 * `load` is the caller's `() => import("…")`, written as a literal in the `.lazy.tsx` file so the
 * bundler splits the module into its own chunk; it is also the handle's `preload`, so a prefetch
 * and the view fetch the same chunk. (Next compiles an inline `dynamic(() => import())` as a copy
 * of its own, which a separate prefetch would not warm.)
 */
export interface LazyViewOptions {
  /**
   * What stands in the view's place while its code loads (default: nothing). The view is never
   * rendered on the server: the server sends the stand-in.
   */
  fallback?: () => ReactNode;
  /**
   * The caller's own `<Suspense>` shows the stand-in instead, built from its state (the plain text
   * before the Markdown renderer arrives, the textarea the long-text editor replaces), and its
   * error boundary catches a chunk that fails to load.
   */
  suspends?: true;
}

/** A view loaded on demand, and how to fetch its code ahead of need (on hover, when idle). */
export type LazyView<View> = View & { preload(): Promise<unknown> };

export function lazyView<Module, View extends (props: never) => ReactNode>(
  load: () => Promise<Module>,
  pick: (module: Module) => View,
  options: LazyViewOptions = {},
): LazyView<View> {
  // Both pass the view its props as they are, so the handle is typed as the view itself (generic
  // props included) rather than as the loosely typed component they return.
  const loader = () =>
    load().then((module) => ({ default: pick(module) as unknown as ComponentType<object> }));
  const view = options.suspends
    ? lazy(loader)
    : dynamic(loader, { ssr: false, loading: options.fallback });
  return Object.assign(view as unknown as View, { preload: load });
}
