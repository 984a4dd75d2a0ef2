"use client";

import dynamic from "next/dynamic";

// The form's cache selects load after the first screen: they are small, but the page's first
// load has no room to spare, and a request works the same without them for a moment.
const load = () => import("./cache-control");

export const PartCacheControl = dynamic(() => load().then((m) => m.PartCacheControl), {
  ssr: false,
}) as typeof import("./cache-control").PartCacheControl;

export const SystemCacheControl = dynamic(() => load().then((m) => m.SystemCacheControl), {
  ssr: false,
});

export const MessageCacheControl = dynamic(() => load().then((m) => m.MessageCacheControl), {
  ssr: false,
});
