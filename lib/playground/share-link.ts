import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { parsePlaygroundRequest } from "@/lib/playground/parse-request";
import { type StrippedMedia, stripLargeMedia } from "@/lib/playground/strip-media";

/** Base64 media above this many characters would make links too long to paste anywhere. */
export const SHARE_MEDIA_LIMIT = 20_000;

const FRAGMENT_PREFIX = "#r=";

export interface ShareLink {
  url: string;
  stripped: StrippedMedia;
}

/**
 * A link whose fragment carries the request (`#r=` + lz-string of `{v:1, request}`). The fragment
 * never reaches a server, and the request holds no key: keys live in user-key storage only.
 */
export function createShareLink(request: PlaygroundRequest, pageUrl: string): ShareLink {
  const { request: shareable, stripped } = stripLargeMedia(request, SHARE_MEDIA_LIMIT);
  const payload = JSON.stringify({ v: 1, request: shareable });
  const base = pageUrl.split("#")[0] ?? pageUrl;
  return { url: `${base}${FRAGMENT_PREFIX}${compressToEncodedURIComponent(payload)}`, stripped };
}

export type ShareParse =
  | { kind: "none" }
  | { kind: "ok"; request: PlaygroundRequest }
  | { kind: "invalid"; error: string };

/** Reads a `location.hash`; never throws. */
export function parseShareFragment(hash: string): ShareParse {
  if (!hash.startsWith(FRAGMENT_PREFIX)) return { kind: "none" };
  const encoded = hash.slice(FRAGMENT_PREFIX.length);
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(encoded);
  } catch {
    json = null;
  }
  if (!json) return { kind: "invalid", error: "The share link is damaged: it could not be read." };
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch {
    return { kind: "invalid", error: "The share link is damaged: it is not valid JSON." };
  }
  const { v, request } = (payload ?? {}) as { v?: unknown; request?: unknown };
  if (v !== 1) {
    return { kind: "invalid", error: `The share link has an unknown version (${String(v)}).` };
  }
  const parsed = parsePlaygroundRequest(request);
  if (!parsed) return { kind: "invalid", error: "The share link does not hold a valid request." };
  return { kind: "ok", request: parsed };
}
