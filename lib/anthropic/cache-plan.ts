/**
 * The prompt-cache prefix of a request, in the order the API reads it (tools, then system, then
 * messages), with its breakpoints and the rules ZenMux and Anthropic document for them
 * (docs/protocol.md#prompt-caching). Token counts come from the caller, so the same plan serves
 * an exact count from `count_tokens` and a local estimate.
 */
import { catalogIdOf } from "@/lib/anthropic/model-ids";
import type { MessagesBody } from "@/lib/anthropic/request";

export const MAX_CACHE_BREAKPOINTS = 4;

export type CacheTtl = "5m" | "1h";

export interface CacheSegment {
  /** Where the part sits: `tools[0]`, `system[1]`, `messages[2].content[0]`. */
  path: string;
  /** The part as the API reads it, for counting. */
  value: unknown;
  breakpoint?: CacheTtl;
}

export interface CacheBreakpoint {
  path: string;
  ttl: CacheTtl;
  /** Tokens of the prefix up to and including this part. */
  prefixTokens: number;
}

export type CacheWarning =
  | { kind: "too-many"; count: number }
  | { kind: "below-minimum"; path: string; prefixTokens: number; minimum: number }
  | { kind: "ttl-order"; path: string; after: string };

export interface CachePlan {
  breakpoints: CacheBreakpoint[];
  warnings: CacheWarning[];
}

/**
 * The smallest prefix each model caches; a shorter one is billed in full without an error.
 * ZenMux documents 1024 (Opus 4/4.1, Sonnet 3.7/4/4.5) and 2048 (Haiku 3.5); the newer rows are
 * Anthropic's (docs/protocol.md#prompt-caching). Models missing here have no known minimum.
 */
const MINIMUM_CACHEABLE_TOKENS: Record<string, number> = {
  "anthropic/claude-opus-4": 1024,
  "anthropic/claude-opus-4.1": 1024,
  "anthropic/claude-sonnet-4": 1024,
  "anthropic/claude-sonnet-4.5": 1024,
  "anthropic/claude-3.7-sonnet": 1024,
  "anthropic/claude-sonnet-4.6": 2048,
  "anthropic/claude-3.5-haiku": 2048,
  "anthropic/claude-3-haiku": 2048,
  "anthropic/claude-opus-4.5": 4096,
  "anthropic/claude-opus-4.6": 4096,
  "anthropic/claude-haiku-4.5": 4096,
};

export function minimumCacheableTokens(modelId: string): number | undefined {
  return MINIMUM_CACHEABLE_TOKENS[catalogIdOf(modelId)];
}

/** The TTL of the part's `cache_control` breakpoint; undefined when it has none. */
export function ttlOf(part: unknown): CacheTtl | undefined {
  if (typeof part !== "object" || part === null) return undefined;
  const control = (part as { cache_control?: unknown }).cache_control;
  if (typeof control !== "object" || control === null) return undefined;
  return (control as { ttl?: unknown }).ttl === "1h" ? "1h" : "5m";
}

function segment(path: string, value: unknown): CacheSegment {
  const breakpoint = ttlOf(value);
  return breakpoint ? { path, value, breakpoint } : { path, value };
}

/** The request's parts in cache-prefix order. A string system or content is one part. */
export function cacheSegments(body: MessagesBody): CacheSegment[] {
  const tools = (body.tools ?? []).map((tool, i) => segment(`tools[${i}]`, tool));
  const system =
    typeof body.system === "string"
      ? [segment("system", body.system)]
      : (body.system ?? []).map((block, i) => segment(`system[${i}]`, block));
  const messages = body.messages.flatMap((message, m) =>
    typeof message.content === "string"
      ? [segment(`messages[${m}].content`, message.content)]
      : message.content.map((block, b) => segment(`messages[${m}].content[${b}]`, block)),
  );
  return [...tools, ...system, ...messages];
}

/** Breakpoints with their prefix sizes, and what would keep the cache from working. */
export function planCache(
  body: MessagesBody,
  tokensOf: (segment: CacheSegment) => number,
): CachePlan {
  const breakpoints: CacheBreakpoint[] = [];
  let prefixTokens = 0;
  for (const part of cacheSegments(body)) {
    prefixTokens += tokensOf(part);
    if (part.breakpoint) breakpoints.push({ path: part.path, ttl: part.breakpoint, prefixTokens });
  }
  const warnings: CacheWarning[] = [];
  if (breakpoints.length > MAX_CACHE_BREAKPOINTS) {
    warnings.push({ kind: "too-many", count: breakpoints.length });
  }
  const minimum = minimumCacheableTokens(body.model);
  const first = breakpoints[0];
  // Each breakpoint caches the whole prefix up to it, so only the first can be too short.
  if (minimum !== undefined && first && first.prefixTokens < minimum) {
    warnings.push({
      kind: "below-minimum",
      path: first.path,
      prefixTokens: first.prefixTokens,
      minimum,
    });
  }
  // A longer TTL must come before a shorter one: a 1 h entry after a 5 min one is refused.
  const firstShort = breakpoints.findIndex((point) => point.ttl === "5m");
  breakpoints.slice(firstShort === -1 ? breakpoints.length : firstShort + 1).forEach((point) => {
    const short = breakpoints[firstShort];
    if (point.ttl === "1h" && short) {
      warnings.push({ kind: "ttl-order", path: point.path, after: short.path });
    }
  });
  return { breakpoints, warnings };
}
