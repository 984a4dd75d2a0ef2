import { base64Bytes } from "@/lib/anthropic/attachment-limits";
import type { PlaygroundRequest } from "@/lib/anthropic/request";

/** Strings longer than this are shown shortened in the code panel. */
const LONG_STRING = 2000;
/** How much of a shortened string stays visible. */
const KEPT = 200;

function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function elideValue(value: unknown, count: { elided: number }): unknown {
  if (typeof value === "string") {
    if (value.length <= LONG_STRING) return value;
    count.elided++;
    const more = value.length - KEPT;
    return `${value.slice(0, KEPT)}…<${more.toLocaleString("en-US")} more characters>`;
  }
  if (Array.isArray(value)) return value.map((item) => elideValue(item, count));
  if (!isRecord(value)) return value;
  const base64 =
    value.type === "base64" && typeof value.data === "string" && value.data.length > KEPT;
  // fromEntries defines own keys, so a `__proto__` key stays a key.
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      if (base64 && key === "data") {
        count.elided++;
        const media = typeof value.media_type === "string" ? `${value.media_type}, ` : "";
        return [key, `<base64 ${media}${formatSize(base64Bytes(item as string))}>`];
      }
      return [key, elideValue(item, count)];
    }),
  );
}

/**
 * The request as the code panel shows it: base64 data as `<base64 image/png, 1.2 MB>` and very
 * long strings cut short, so the snippet stays readable and cheap to render. Copy always takes
 * the snippet of the real request. `elided` counts the values shortened.
 */
export function elideForDisplay(request: PlaygroundRequest): {
  request: PlaygroundRequest;
  elided: number;
} {
  const count = { elided: 0 };
  const body = elideValue(request.body, count) as PlaygroundRequest["body"];
  return { request: count.elided > 0 ? { ...request, body } : request, elided: count.elided };
}
