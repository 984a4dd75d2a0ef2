/**
 * Links that open a comparison: `?model=a,b,c` / `?models=` (the current request, these models)
 * and share links whose fragment `#c=` carries the shared request, the columns and, when asked,
 * each column's answer as a recording.
 */
import "@/lib/request/zod-without-eval";
import { z } from "zod";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { type Comparison, comparisonOf, modelsFromSearch } from "@/lib/compare/compare";
import { comparisonSchema } from "@/lib/compare/compare-schema";
import { stripLargeMedia } from "@/lib/media/strip-media";
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

const COMPARISON_LINK: LinkKind = { prefix: "#c=", name: "comparison link" };

const sharedComparisonSchema = z.object({
  v: z.literal(1),
  request: z.unknown(),
  comparison: comparisonSchema,
  /** Per column, its answer or null; absent when the answers were not asked for. */
  recordings: z.array(recordingSchema.nullable()).max(10).optional(),
});

export interface ComparisonLink {
  url: string;
  answers: "included" | "too-large" | "not-asked";
}

const shareable = (request: PlaygroundRequest) =>
  stripLargeMedia(request, SHARE_MEDIA_LIMIT).request;

export function createComparisonLink(
  request: PlaygroundRequest,
  comparison: Comparison,
  pageUrl: string,
  recordings?: readonly (Recording | null)[],
): ComparisonLink {
  // The models a `?model=` address named are in the comparison now: the link drops the query.
  const base = pageUrl.split(/[?#]/)[0] ?? pageUrl;
  const payload = { v: 1, request: shareable(request), comparison };
  const plain = linkUrl(base, COMPARISON_LINK, encodeLinkPayload(payload));
  if (!recordings) return { url: plain, answers: "not-asked" };
  const kept = recordings.map((r) => (r ? { ...r, request: shareable(r.request) } : null));
  const encoded = encodeLinkPayload({ ...payload, recordings: kept });
  // Every column's answer rides in one link, so the whole link keeps the single-answer limit.
  if (encoded.length > SHARE_ANSWER_LIMIT * 2) return { url: plain, answers: "too-large" };
  return { url: linkUrl(base, COMPARISON_LINK, encoded), answers: "included" };
}

export type ComparisonOpen =
  | { kind: "none" }
  | {
      kind: "ok";
      comparison: Comparison;
      /** The shared request a `#c=` link carried; absent for `?model=` (the current request). */
      request?: PlaygroundRequest;
      recordings?: (Recording | null)[];
    }
  | { kind: "invalid"; error: string };

function parseFragment(hash: string): ComparisonOpen {
  const read = readLinkFragment(hash, COMPARISON_LINK);
  if (read.kind !== "ok") return read;
  const parsed = sharedComparisonSchema.safeParse(read.value);
  if (!parsed.success) {
    return {
      kind: "invalid",
      error: `The comparison link could not be used: ${describeIssue(parsed.error.issues[0])}.`,
    };
  }
  const request = parsePlaygroundRequest(parsed.data.request);
  if (!request)
    return { kind: "invalid", error: "The comparison link does not hold a valid request." };
  return {
    kind: "ok",
    comparison: parsed.data.comparison,
    request,
    ...(parsed.data.recordings ? { recordings: parsed.data.recordings } : {}),
  };
}

/** What the address asks for: a shared comparison, a `?model=a,b` list, or nothing. Never throws. */
export function comparisonFromLocation(location: { search: string; hash: string }): ComparisonOpen {
  if (location.hash.startsWith(COMPARISON_LINK.prefix)) return parseFragment(location.hash);
  const comparison = comparisonOf(modelsFromSearch(location.search));
  return comparison ? { kind: "ok", comparison } : { kind: "none" };
}

/** The single model `?model=a` names, which just picks the playground's model. */
export function singleModelFromSearch(search: string): string | null {
  const models = modelsFromSearch(search);
  return models.length === 1 ? (models[0] ?? null) : null;
}

/** Reads what the address asks for and takes it out of the address bar, as share links are. */
export function takeComparisonFromAddress(): ComparisonOpen & { singleModel?: string } {
  if (typeof window === "undefined") return { kind: "none" };
  const { pathname, search, hash } = window.location;
  const open = comparisonFromLocation({ search, hash });
  const singleModel = singleModelFromSearch(search) ?? undefined;
  if (open.kind !== "none" || singleModel) {
    const keptHash = hash.startsWith(COMPARISON_LINK.prefix) ? "" : hash;
    window.history.replaceState(window.history.state, "", `${pathname}${keptHash}`);
  }
  return singleModel && open.kind === "none" ? { kind: "none", singleModel } : open;
}
