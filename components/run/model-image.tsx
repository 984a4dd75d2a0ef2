"use client";

import { useState } from "react";

/** Images the model writes inline as data URLs: shown at once, since they fetch nothing. */
const INLINE_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,/i;

export function isInlineImage(src: string): boolean {
  return INLINE_IMAGE.test(src);
}

function hostOf(src: string): string {
  try {
    const url = new URL(src, window.location.href);
    return url.origin === window.location.origin ? "this site" : url.host;
  } catch {
    return "an unknown address";
  }
}

/**
 * An image from model output. A remote image is never fetched by itself: an answer could use it
 * as a tracking pixel or to carry the conversation to any host. It shows as a placeholder naming
 * the host, and loads only when the user asks (without a Referer).
 */
export function ModelImage({ src, alt }: { src?: string; alt?: string }) {
  const [load, setLoad] = useState(false);
  const label = alt?.trim() || "image";
  if (!src) return <span className="text-fg-subtle">[{label}]</span>;
  if (isInlineImage(src) || load)
    return (
      // biome-ignore lint/performance/noImgElement: model output, not an optimisable asset.
      <img
        src={src}
        alt={alt ?? ""}
        referrerPolicy="no-referrer"
        className="my-1 inline-block max-h-96 max-w-full rounded"
      />
    );
  const host = hostOf(src);
  return (
    <button
      type="button"
      onClick={() => setLoad(true)}
      title={src}
      className="my-1 inline-flex max-w-full items-center gap-2 rounded-md border border-dashed border-border-strong px-2 py-1 text-left text-xs text-fg-muted hover:border-zinc-400 hover:text-fg"
    >
      <svg viewBox="0 0 16 16" className="size-3.5 shrink-0" fill="none" aria-hidden="true">
        <rect x="2" y="3" width="12" height="10" rx="1.5" stroke="currentColor" strokeWidth="1.3" />
        <path d="m3.5 11.5 3-3.5 2.5 2.5 1.5-1.5 2 2.5" stroke="currentColor" strokeWidth="1.3" />
      </svg>
      <span className="min-w-0 truncate">
        Load image “{label}” from {host}
      </span>
    </button>
  );
}
