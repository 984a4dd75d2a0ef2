"use client";

import { lazyView } from "@/components/ui/lazy-view";

/** Only runs that touch the prompt cache need it, so it loads with them. */
export const CacheSavingsView = lazyView(
  () => import("@/components/cost/cache-savings-view"),
  (m) => m.CacheSavingsView,
);
