"use client";

import { lazyView } from "@/components/ui/lazy-view";

/** ZenMux's reading of the id (alias, pin, conversion) loads after the first screen. */
export const ModelIdNote = lazyView(
  () => import("@/components/model-picker/model-id-note"),
  (m) => m.ModelIdNote,
);
