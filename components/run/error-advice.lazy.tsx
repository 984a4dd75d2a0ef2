"use client";

import { lazyView } from "@/components/ui/lazy-view";

/** ZenMux's rules for an error (a model id to fix, a key's limits) load with the first error. */
export const ErrorAdvice = lazyView(
  () => import("@/components/run/error-advice"),
  (m) => m.ErrorAdvice,
);
