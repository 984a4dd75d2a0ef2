"use client";

import { lazyView } from "@/components/ui/lazy-view";

/** Counting and pricing load after the first screen; until then the run bar simply has no meter. */
export const ContextMeter = lazyView(
  () => import("@/components/cost/context-meter"),
  (m) => m.ContextMeter,
);
