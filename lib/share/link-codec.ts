/**
 * How a link carries a payload: JSON, compressed with lz-string into its fragment after a prefix
 * (`#r=` for a share link, `#c=` for a comparison). The fragment never reaches a server. The
 * limits hold on both ends: what a link may carry, and what a pasted one may ask us to read.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import { parseUntrustedJson } from "@/lib/request/untrusted-json";

/** Base64 media above this many characters would make links too long to paste anywhere. */
export const SHARE_MEDIA_LIMIT = 20_000;
/** A link with one answer may be this long after its prefix; larger runs travel as files. */
export const SHARE_ANSWER_LIMIT = 64_000;
/** Fragments beyond this are refused before they are decompressed. */
const FRAGMENT_MAX_CHARS = 2_000_000;
/** A fragment can decompress to far more than its length: the JSON is refused beyond this. */
const PAYLOAD_MAX_CHARS = 20_000_000;

/** One kind of link: the prefix of its fragment and what its errors call it. */
export interface LinkKind {
  prefix: `#${string}=`;
  /** "share link": "The share link is damaged…". */
  name: string;
}

/** The payload as the fragment carries it after the prefix; its length is what limits count. */
export function encodeLinkPayload(payload: unknown): string {
  return compressToEncodedURIComponent(JSON.stringify(payload));
}

/** `pageUrl` without its fragment, carrying `encoded` (from encodeLinkPayload) instead. */
export function linkUrl(pageUrl: string, kind: LinkKind, encoded: string): string {
  return `${pageUrl.split("#")[0] ?? pageUrl}${kind.prefix}${encoded}`;
}

export type FragmentRead =
  | { kind: "none" }
  | { kind: "ok"; value: unknown }
  | { kind: "invalid"; error: string };

/**
 * The JSON a `location.hash` of this kind carries, not yet checked for shape; "none" when the
 * hash is of another kind. Never throws: a long, damaged or hostile fragment is an error message.
 */
export function readLinkFragment(hash: string, kind: LinkKind): FragmentRead {
  if (!hash.startsWith(kind.prefix)) return { kind: "none" };
  const encoded = hash.slice(kind.prefix.length);
  if (encoded.length > FRAGMENT_MAX_CHARS) {
    return { kind: "invalid", error: `The ${kind.name} is too long to read.` };
  }
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(encoded);
  } catch {
    text = null;
  }
  if (!text)
    return { kind: "invalid", error: `The ${kind.name} is damaged: it could not be read.` };
  const read = parseUntrustedJson(text, kind.name, PAYLOAD_MAX_CHARS);
  return read.ok ? { kind: "ok", value: read.value } : { kind: "invalid", error: read.error };
}
