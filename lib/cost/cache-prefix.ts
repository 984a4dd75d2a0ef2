import {
  type CachePlan,
  type CacheSegment,
  cacheSegments,
  planCache,
} from "@/lib/anthropic/cache-plan";
import type { MessagesBody } from "@/lib/anthropic/request";
import { estimateSegmentTokens } from "@/lib/cost/token-estimate";

export interface PrefixPart extends CacheSegment {
  tokens: number;
}

export interface CachePrefix extends CachePlan {
  parts: PrefixPart[];
  /** Tokens up to the last breakpoint, and of those the ones under a 1 h TTL. */
  cachedTokens: number;
  cachedOneHourTokens: number;
}

/**
 * The cache prefix with a token count per part. count_tokens gives only the total, so each part's
 * local estimate is scaled to it: the parts add up to the count the bar shows.
 */
export function cachePrefix(body: MessagesBody, totalTokens: number): CachePrefix {
  const segments = cacheSegments(body);
  const estimates = segments.map(estimateSegmentTokens);
  const estimatedTotal = estimates.reduce((sum, tokens) => sum + tokens, 0);
  const scale = estimatedTotal > 0 ? totalTokens / estimatedTotal : 0;
  // Rounding the running total, not each part, keeps the parts' sum equal to the count.
  let runningEstimate = 0;
  let runningTokens = 0;
  const parts = segments.map((segment, i) => {
    runningEstimate += estimates[i] ?? 0;
    const upTo = Math.round(runningEstimate * scale);
    const tokens = upTo - runningTokens;
    runningTokens = upTo;
    return { ...segment, tokens };
  });
  const tokensByPath = new Map(parts.map((part) => [part.path, part.tokens]));
  const plan = planCache(body, (segment) => tokensByPath.get(segment.path) ?? 0);
  const last = plan.breakpoints.at(-1);
  // Each TTL covers the part of the prefix its breakpoint adds.
  let cachedOneHourTokens = 0;
  let before = 0;
  for (const point of plan.breakpoints) {
    if (point.ttl === "1h") cachedOneHourTokens += point.prefixTokens - before;
    before = point.prefixTokens;
  }
  return { ...plan, parts, cachedTokens: last?.prefixTokens ?? 0, cachedOneHourTokens };
}

/** `tools[0]` → "Tool 1", `messages[2].content[1]` → "Message 3, block 2". */
export function partLabel(path: string): string {
  const [, area, first, second] =
    /^(tools|system|messages)(?:\[(\d+)\])?(?:\.content(?:\[(\d+)\])?)?$/.exec(path) ?? [];
  const n = (index: string | undefined) => Number(index) + 1;
  if (area === "tools") return `Tool ${n(first)}`;
  if (area === "system") return first === undefined ? "System prompt" : `System block ${n(first)}`;
  if (area === "messages")
    return second === undefined ? `Message ${n(first)}` : `Message ${n(first)}, block ${n(second)}`;
  return path;
}
