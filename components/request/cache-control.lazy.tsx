"use client";

import { lazyView } from "@/components/ui/lazy-view";

// The form's cache selects load after the first screen: they are small, but the page's first
// load has no room to spare, and a request works the same without them for a moment.
const load = () => import("@/components/request/cache-control");

export const PartCacheControl = lazyView(load, (m) => m.PartCacheControl);
export const SystemCacheControl = lazyView(load, (m) => m.SystemCacheControl);
export const MessageCacheControl = lazyView(load, (m) => m.MessageCacheControl);
