import { base64Bytes } from "@/lib/anthropic/attachment-limits";
import { formatBytes } from "@/lib/format/format-bytes";

/** Base64 data longer than this (about 750 bytes decoded) is shown as a label. */
export const ELIDE_BASE64_OVER = 1_000;
/** Any other string longer than this is shown as a label. */
export const ELIDE_TEXT_OVER = 20_000;

/**
 * The long strings a JSON view shows as labels, and the labels' originals. A label names its
 * string for good (`#n` never changes meaning), so a draft typed around a label, moved or copied,
 * still restores the very string the label stood for.
 */
export interface Elisions {
  readonly labelOf: Map<string, string>;
  readonly originalOf: Map<string, string>;
}

export function createElisions(): Elisions {
  return { labelOf: new Map(), originalOf: new Map() };
}

// Labels look like `<base64 image/png, 1.2 MB #1>`: short, readable, and unlike real data.
const LABEL = /^<(?:base64|text) [^\n]{0,160} #\d+>$/;

function describe(value: string, holder: Record<string, unknown>, key: string): string | null {
  if (key === "data" && holder.type === "base64" && value.length > ELIDE_BASE64_OVER) {
    const type = typeof holder.media_type === "string" ? holder.media_type : "data";
    return `base64 ${type}, ${formatBytes(base64Bytes(value))}`;
  }
  if (value.length > ELIDE_TEXT_OVER) {
    const start = value.slice(0, 40).replace(/\s+/g, " ");
    return `text ${formatBytes(value.length)} “${start}…”`;
  }
  return null;
}

function labelFor(elisions: Elisions, value: string, description: string): string {
  // Map lookups on a long string are cheap: V8 hashes very long strings by their length.
  const known = elisions.labelOf.get(value);
  if (known !== undefined) return known;
  const label = `<${description} #${elisions.labelOf.size + 1}>`;
  elisions.labelOf.set(value, label);
  elisions.originalOf.set(label, value);
  return label;
}

/** `value` as indented JSON, with base64 data and very long strings shown as labels. */
export function elidedJson(value: unknown, elisions: Elisions): string {
  return JSON.stringify(
    value,
    function elide(this: Record<string, unknown>, key: string, item: unknown) {
      if (typeof item !== "string") return item;
      const description = describe(item, this, key);
      return description === null ? item : labelFor(elisions, item, description);
    },
    2,
  );
}

/** A JSON.parse reviver that puts every known label's original string back. */
export function restoreElided(elisions: Elisions): (key: string, value: unknown) => unknown {
  return (_key, value) =>
    typeof value === "string" && LABEL.test(value)
      ? (elisions.originalOf.get(value) ?? value)
      : value;
}
