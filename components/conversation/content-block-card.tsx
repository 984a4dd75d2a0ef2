import type {
  Base64ImageSource,
  ContentBlockParam,
} from "@anthropic-ai/sdk/resources/messages/messages";
import { useState } from "react";
import { iconButtonClass } from "@/components/ui/field-styles";
import { base64Bytes } from "@/lib/anthropic/attachment-limits";
import { formatBytes } from "@/lib/format/format-bytes";
import { base64ImageBlock } from "@/lib/request/request-edits";
import { downscaleImage, MAX_IMAGE_EDGE } from "../../lib/media/downscale-image";
import { IMAGE_WARN_BYTES } from "../../lib/media/read-image";
import { useImageUrl } from "../media/use-image-url";
import { PartCacheControl } from "../request/cache-control.lazy";
import { DocumentBlockCard } from "./document-block-card.lazy";

function short(value: unknown, length = 120): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  if (text === undefined) return "";
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** One line that says what a non-text block holds, so it reads without opening the JSON. */
function summarize(block: ContentBlockParam): string {
  // Read loosely: blocks from raw JSON may carry any fields.
  const b = block as unknown as Record<string, unknown>;
  switch (block.type) {
    case "tool_use":
      return `${String(b.name)}(${short(b.input, 80)}) · id ${String(b.id)}`;
    case "tool_result":
      return `for ${String(b.tool_use_id)}${b.is_error ? " (error)" : ""}: ${short(b.content)}`;
    case "thinking":
      return short(b.thinking);
    case "redacted_thinking":
      return "Redacted thinking";
    case "text":
      return short(b.text, 200);
    default:
      return short(b, 120);
  }
}

function Base64Thumbnail({ source, alt }: { source: Base64ImageSource; alt: string }) {
  const url = useImageUrl(source.media_type, source.data);
  return url ? (
    // biome-ignore lint/performance/noImgElement: object URLs cannot go through next/image.
    <img src={url} alt={alt} className={THUMB} />
  ) : (
    <span role="img" aria-label={alt} className={THUMB} />
  );
}

const THUMB = "h-16 w-full rounded bg-surface-muted object-contain";

/** Offers to scale an image the API would refuse down to the size it recommends. */
function DownscaleOffer({
  source,
  label,
  onReplace,
}: {
  source: Base64ImageSource;
  label: string;
  onReplace: (block: ContentBlockParam) => void;
}) {
  const [state, setState] = useState<"idle" | "working" | string>("idle");
  const downscale = async () => {
    setState("working");
    try {
      const small = await downscaleImage(source.media_type, source.data);
      onReplace(base64ImageBlock(small.mediaType, small.data));
    } catch (error) {
      setState(`Could not scale it: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <span className="flex flex-col gap-1 text-2xs text-amber-700 dark:text-amber-400">
      <button
        type="button"
        aria-label={`Downscale ${label} to ${MAX_IMAGE_EDGE} px`}
        disabled={state === "working"}
        onClick={() => void downscale()}
        className="rounded border border-amber-400 px-1 py-0.5 text-warn-strong hover:bg-warn-surface disabled:opacity-60 dark:border-amber-700"
      >
        {state === "working" ? "Scaling…" : `Downscale to ${MAX_IMAGE_EDGE} px`}
      </button>
      {state !== "idle" && state !== "working" && <span role="alert">{state}</span>}
    </span>
  );
}

/** An image as a thumbnail with its type and size; other blocks as a compact card. */
export function ContentBlockCard({
  block,
  label,
  onRemove,
  onReplace,
}: {
  block: ContentBlockParam;
  /** Names the block for assistive tech, e.g. "image 1 of message 2". */
  label: string;
  onRemove: () => void;
  /** Swaps the block for another (e.g. a downscaled image); without it nothing is offered. */
  onReplace?: (block: ContentBlockParam) => void;
}) {
  if (block.type === "document")
    return (
      <DocumentBlockCard block={block} label={label} onRemove={onRemove} onReplace={onReplace} />
    );
  if (block.type === "image") {
    const source = block.source;
    const isBase64 = source.type === "base64";
    const bytes = isBase64 ? base64Bytes(source.data) : 0;
    const caption = isBase64
      ? `${source.media_type} · ${formatBytes(bytes)}`
      : source.type === "url"
        ? source.url
        : source.type;
    return (
      <li className="group relative flex w-32 flex-col gap-1 rounded-md border border-zinc-200 p-1 dark:border-zinc-700">
        {isBase64 ? (
          <Base64Thumbnail source={source} alt={`Attached ${label}`} />
        ) : source.type === "url" ? (
          // biome-ignore lint/performance/noImgElement: a user-given URL, shown as it is.
          <img src={source.url} alt={`Attached ${label}`} className={THUMB} />
        ) : (
          <span className="flex h-16 items-center justify-center text-xs text-fg-subtle">
            {source.type}
          </span>
        )}
        {/* Wraps rather than cuts: "image/jpeg · 123.4 KB" is wider than the chip. */}
        <span
          className="line-clamp-3 text-2xs leading-snug break-words text-fg-muted [overflow-wrap:anywhere]"
          title={caption}
        >
          {caption}
        </span>
        {bytes > IMAGE_WARN_BYTES && (
          <span className="text-2xs text-amber-700 dark:text-amber-400">
            Over 5 MB: the API will refuse it.
          </span>
        )}
        {isBase64 && bytes > IMAGE_WARN_BYTES && onReplace && (
          <DownscaleOffer source={source} label={label} onReplace={onReplace} />
        )}
        {onReplace && (
          <PartCacheControl
            part={block}
            label={`Cache breakpoint: ${label}`}
            onChange={onReplace}
          />
        )}
        <button
          type="button"
          aria-label={`Remove ${label}`}
          onClick={onRemove}
          className={`${iconButtonClass} absolute top-1 right-1 bg-surface-raised/90`}
        >
          ×
        </button>
      </li>
    );
  }
  return (
    <li className="flex w-full items-start gap-2 rounded-md border border-dashed border-border-strong px-2 py-1 text-xs">
      <span className="shrink-0 rounded bg-surface-muted px-1 font-mono text-2xs text-fg-secondary">
        {block.type}
      </span>
      <span className="min-w-0 flex-1 truncate font-mono text-fg-muted">{summarize(block)}</span>
      <span className="shrink-0 text-zinc-400 dark:text-zinc-500">edit in JSON</span>
      {onReplace && (
        <PartCacheControl part={block} label={`Cache breakpoint: ${label}`} onChange={onReplace} />
      )}
      <button
        type="button"
        aria-label={`Remove ${label}`}
        onClick={onRemove}
        className={iconButtonClass}
      >
        ×
      </button>
    </li>
  );
}
