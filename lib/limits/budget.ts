import "server-only";
import type { ModelInfo } from "@/lib/anthropic/models";
import type { ResponseUsage } from "@/lib/anthropic/stream-accumulator";
import { estimateCost } from "@/lib/cost/cost";
import type { LimitStore } from "./limit-store";

/** The budget is counted in micro-dollars: stores count whole points. */
const MICRO_USD = 1_000_000;
/** Characters per token for the estimate before sending; reconciled from usage afterwards. */
const CHARS_PER_TOKEN = 4;

/** What a request may cost at most: its prompt's rough size in, all of max_tokens out. */
export function estimateRequestUsd(
  model: Pick<ModelInfo, "pricings">,
  body: Record<string, unknown>,
): number {
  const maxTokens = typeof body.max_tokens === "number" ? body.max_tokens : 0;
  const inputTokens = Math.ceil(JSON.stringify(body).length / CHARS_PER_TOKEN);
  return estimateCost(model, { input_tokens: inputTokens, output_tokens: maxTokens })?.usd ?? 0;
}

/** What a reply cost, from its usage and the same catalog prices the page shows. */
export function actualUsd(model: Pick<ModelInfo, "pricings">, usage: ResponseUsage): number {
  return estimateCost(model, usage)?.usd ?? 0;
}

const toPoints = (usd: number) => Math.max(0, Math.round(usd * MICRO_USD));

const pad = (value: number) => String(value).padStart(2, "0");

/** `YYYY-MM-DD` in UTC (toISOString builds the whole timestamp to throw most of it away). */
function utcDay(now: Date): string {
  return `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1)}-${pad(now.getUTCDate())}`;
}

function msUntilNextUtcDay(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return next - now.getTime();
}

/**
 * The server key's spend for the current UTC day, shared through the store. A request reserves
 * its estimate before it is sent and settles the difference once its usage is known.
 */
export class DailyBudget {
  constructor(
    private readonly store: LimitStore,
    private readonly usd: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private counter() {
    // Keyed by day, kept two days so a clock edge never revives yesterday's count.
    return this.store.counter("budget", {
      points: toPoints(this.usd),
      durationSeconds: 2 * 24 * 3600,
    });
  }

  /** Reserves `estimateUsd`, or says how long until the budget renews (midnight UTC). */
  async reserve(estimateUsd: number): Promise<{ ok: true } | { ok: false; retryAfterMs: number }> {
    const now = this.now();
    const taken = await this.counter().take(utcDay(now), toPoints(estimateUsd));
    return taken.ok ? taken : { ok: false, retryAfterMs: msUntilNextUtcDay(now) };
  }

  /** Replaces a reservation by what the request really cost. */
  async settle(reservedUsd: number, spentUsd: number): Promise<void> {
    const day = utcDay(this.now());
    const difference = toPoints(spentUsd) - toPoints(reservedUsd);
    if (difference > 0) await this.counter().charge(day, difference);
    if (difference < 0) await this.counter().giveBack(day, -difference);
  }
}
