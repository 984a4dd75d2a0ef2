"use client";

import { lazyView } from "@/components/ui/lazy-view";

/** The requested-versus-answered model note loads after the first screen, which has no answer yet. */
export const ResponseModelNote = lazyView(
  () => import("@/components/run/response-model"),
  (m) => m.ResponseModelNote,
);
