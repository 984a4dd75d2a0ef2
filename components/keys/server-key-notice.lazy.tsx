"use client";

import { lazyView } from "@/components/ui/lazy-view";

/** Only a server whose key is gated shows it. */
export const ServerKeyNotice = lazyView(
  () => import("@/components/keys/server-key-notice"),
  (m) => m.ServerKeyNotice,
);
