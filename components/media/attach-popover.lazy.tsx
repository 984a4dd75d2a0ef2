"use client";

import { lazyView } from "@/components/ui/lazy-view";

/**
 * The attach menu (Radix popover, URL form) is not on the first screen: it loads on the first
 * click, or as soon as the pointer or focus comes near. Until then AttachMenu's <Suspense> shows
 * the plain button.
 */
export const AttachPopover = lazyView(
  () => import("@/components/media/attach-popover"),
  (m) => m.AttachPopover,
  { suspends: true },
);
