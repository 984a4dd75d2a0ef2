"use client";

import { lazyView } from "@/components/ui/lazy-view";

/** Documents are rarer than images: their chip loads with the first one. */
export const DocumentBlockCard = lazyView(
  () => import("@/components/conversation/document-block-card"),
  (m) => m.DocumentBlockCard,
);
