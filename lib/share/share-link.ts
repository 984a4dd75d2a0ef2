import "@/lib/request/zod-without-eval";
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import { z } from "zod";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { type StrippedMedia, stripLargeMedia } from "@/lib/media/strip-media";
import { parsePlaygroundRequest } from "@/lib/request/parse-request";
import { describeIssue, parseUntrustedJson } from "@/lib/request/untrusted-json";
import { type Recording, recordingSchema } from "@/lib/run/recording";

/** Base64 media above this many characters would make links too long to paste anywhere. */
export const SHARE_MEDIA_LIMIT = 20_000;
/** A link with the answer may be this long after `#r=`; larger runs travel as files. */
export const SHARE_ANSWER_LIMIT = 64_000;
/** Fragments beyond this are refused before they are decompressed. */
const FRAGMENT_MAX_CHARS = 2_000_000;
const PAYLOAD_MAX_CHARS = 20_000_000;

const FRAGMENT_PREFIX = "#r=";

export interface ShareLink {
  url: string;
  stripped: StrippedMedia;
  /** Whether the answer rides along: asked for and fitting, asked for and too large, or not. */
  answer: "included" | "too-large" | "not-asked";
  /** The encoded length the answer would have needed, when it was too large. */
  answerChars?: number;
}

function encode(payload: unknown): string {
  return compressToEncodedURIComponent(JSON.stringify(payload));
}

/**
 * A link whose fragment carries the request (`#r=` + lz-string of `{v:1, request}`), and with
 * `recording` the run's recording too (`{v:2, request, recording}`). The fragment never reaches
 * a server, and neither holds a key: keys live in user-key storage only, recordings keep the mode.
 */
export function createShareLink(
  request: PlaygroundRequest,
  pageUrl: string,
  recording?: Recording | null,
): ShareLink {
  const { request: shareable, stripped } = stripLargeMedia(request, SHARE_MEDIA_LIMIT);
  const base = pageUrl.split("#")[0] ?? pageUrl;
  const requestOnly = `${base}${FRAGMENT_PREFIX}${encode({ v: 1, request: shareable })}`;
  if (!recording) return { url: requestOnly, stripped, answer: "not-asked" };
  const ran = stripLargeMedia(recording.request, SHARE_MEDIA_LIMIT).request;
  const encoded = encode({ v: 2, request: shareable, recording: { ...recording, request: ran } });
  if (encoded.length > SHARE_ANSWER_LIMIT) {
    return { url: requestOnly, stripped, answer: "too-large", answerChars: encoded.length };
  }
  return { url: `${base}${FRAGMENT_PREFIX}${encoded}`, stripped, answer: "included" };
}

export type ShareParse =
  | { kind: "none" }
  | { kind: "ok"; request: PlaygroundRequest; recording?: Recording }
  | { kind: "invalid"; error: string };

const sharedRunSchema = z.object({
  v: z.literal(2),
  request: z.unknown(),
  recording: recordingSchema,
});

/** Reads a `location.hash`; never throws. Old links (`v:1`, request only) stay readable. */
export function parseShareFragment(hash: string): ShareParse {
  if (!hash.startsWith(FRAGMENT_PREFIX)) return { kind: "none" };
  const encoded = hash.slice(FRAGMENT_PREFIX.length);
  if (encoded.length > FRAGMENT_MAX_CHARS) {
    return { kind: "invalid", error: "The share link is too long to read." };
  }
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(encoded);
  } catch {
    json = null;
  }
  if (!json) return { kind: "invalid", error: "The share link is damaged: it could not be read." };
  const read = parseUntrustedJson(json, "share link", PAYLOAD_MAX_CHARS);
  if (!read.ok) return { kind: "invalid", error: read.error };
  const payload = read.value;
  const { v, request } = (typeof payload === "object" && payload !== null ? payload : {}) as {
    v?: unknown;
    request?: unknown;
  };
  if (v !== 1 && v !== 2) {
    return { kind: "invalid", error: `The share link has an unknown version (${String(v)}).` };
  }
  const parsed = parsePlaygroundRequest(request);
  if (!parsed) return { kind: "invalid", error: "The share link does not hold a valid request." };
  if (v === 1) return { kind: "ok", request: parsed };
  const run = sharedRunSchema.safeParse(payload);
  if (!run.success) {
    return {
      kind: "invalid",
      error: `The share link's answer could not be used: ${describeIssue(run.error.issues[0])}.`,
    };
  }
  return { kind: "ok", request: parsed, recording: run.data.recording };
}
