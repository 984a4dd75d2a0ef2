import { minimumCacheableTokens } from "@/lib/anthropic/cache-plan";
import { providerOf } from "@/lib/anthropic/model-ids";
import { sha256, stableStringify } from "./hash";
import type { InputUsage } from "./input-tokens";
import { inputSegments } from "./input-tokens";
import type { CountTokensBody } from "./schema";

/**
 * The emulator's prompt cache, as ZenMux documents it for Claude (and Qwen): a request writes the
 * prefix up to each `cache_control` breakpoint, an identical prefix within its TTL is read back,
 * and a prefix shorter than the model's minimum is silently not cached. Entries live in memory,
 * like the rest of the emulator, and are keyed by the exact prefix (model included). See
 * docs/protocol.md#prompt-caching.
 */

export interface CachedInputUsage extends InputUsage {
  cache_creation: { ephemeral_5m_input_tokens: number; ephemeral_1h_input_tokens: number };
}

const TTL_MS = { "5m": 5 * 60_000, "1h": 60 * 60_000 } as const;

/** ZenMux honours explicit `cache_control` for these providers only; others ignore it. */
const CACHING_PROVIDERS = new Set(["anthropic", "qwen"]);

interface Breakpoint {
  key: string;
  ttl: "5m" | "1h";
  prefixTokens: number;
}

export class PromptCache {
  private readonly expiries = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The request's input usage, reading and writing the cache as the upstream would. */
  use(body: CountTokensBody): CachedInputUsage {
    const segments = inputSegments(body);
    const total = segments.reduce((sum, segment) => sum + segment.tokens, 0);
    const breakpoints = this.eligibleBreakpoints(body, segments);
    const now = this.now();
    const hit = breakpoints.findLast((point) => (this.expiries.get(point.key) ?? 0) > now);
    const read = hit?.prefixTokens ?? 0;
    const written = { "5m": 0, "1h": 0 };
    let covered = read;
    for (const point of breakpoints) {
      // A hit refreshes its entry; every later breakpoint writes the part it adds.
      this.expiries.set(point.key, now + TTL_MS[point.ttl]);
      if (point.prefixTokens <= covered) continue;
      written[point.ttl] += point.prefixTokens - covered;
      covered = point.prefixTokens;
    }
    this.forgetExpired(now);
    return {
      input_tokens: total - covered,
      cache_creation_input_tokens: written["5m"] + written["1h"],
      cache_read_input_tokens: read,
      cache_creation: {
        ephemeral_5m_input_tokens: written["5m"],
        ephemeral_1h_input_tokens: written["1h"],
      },
    };
  }

  private eligibleBreakpoints(
    body: CountTokensBody,
    segments: ReturnType<typeof inputSegments>,
  ): Breakpoint[] {
    if (!CACHING_PROVIDERS.has(providerOf(body.model))) return [];
    const minimum = minimumCacheableTokens(body.model) ?? 0;
    const out: Breakpoint[] = [];
    let key = "";
    let prefixTokens = 0;
    for (const segment of segments) {
      key = sha256(`${key}\n${stableStringify(segment.part)}`).toString("base64");
      prefixTokens += segment.tokens;
      if (segment.breakpoint && prefixTokens >= minimum)
        out.push({ key, ttl: segment.breakpoint, prefixTokens });
    }
    return out;
  }

  private forgetExpired(now: number): void {
    for (const [key, expiry] of this.expiries) if (expiry <= now) this.expiries.delete(key);
  }
}
