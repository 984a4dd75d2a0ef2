import "@/lib/request/zod-without-eval";
import { z } from "zod";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { type StrippedMedia, stripLargeMedia } from "@/lib/media/strip-media";
import { parsePlaygroundRequest } from "@/lib/request/parse-request";
import { describeIssue } from "@/lib/request/untrusted-json";
import { type Recording, recordingSchema } from "@/lib/run/recording";
import {
  encodeLinkPayload,
  type LinkKind,
  linkUrl,
  readLinkFragment,
  SHARE_ANSWER_LIMIT,
  SHARE_MEDIA_LIMIT,
} from "@/lib/share/link-codec";

// The limits are the codec's; share links are where callers look for them.
export { SHARE_ANSWER_LIMIT, SHARE_MEDIA_LIMIT };

const SHARE_LINK: LinkKind = { prefix: "#r=", name: "share link" };

export interface ShareLink {
  url: string;
  stripped: StrippedMedia;
  /** Whether the answer rides along: asked for and fitting, asked for and too large, or not. */
  answer: "included" | "too-large" | "not-asked";
  /** The encoded length the answer would have needed, when it was too large. */
  answerChars?: number;
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
  const requestOnly = linkUrl(pageUrl, SHARE_LINK, encodeLinkPayload({ v: 1, request: shareable }));
  if (!recording) return { url: requestOnly, stripped, answer: "not-asked" };
  const ran = stripLargeMedia(recording.request, SHARE_MEDIA_LIMIT).request;
  const encoded = encodeLinkPayload({
    v: 2,
    request: shareable,
    recording: { ...recording, request: ran },
  });
  if (encoded.length > SHARE_ANSWER_LIMIT) {
    return { url: requestOnly, stripped, answer: "too-large", answerChars: encoded.length };
  }
  return { url: linkUrl(pageUrl, SHARE_LINK, encoded), stripped, answer: "included" };
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
  const read = readLinkFragment(hash, SHARE_LINK);
  if (read.kind !== "ok") return read;
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
