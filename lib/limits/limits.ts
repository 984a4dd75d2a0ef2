import "server-only";
import type { ModelInfo } from "@/lib/anthropic/models";
import type { ServerConfig } from "@/lib/config/server-config";
import type { ProxyEndpoint } from "@/lib/proxy/endpoints";
import { type Refusal, refusal } from "@/lib/proxy/refusal";
import { DailyBudget, estimateRequestUsd } from "./budget";
import { pricedModel } from "./catalog-prices";
import type { LimitStore } from "./limit-store";

export type LimitConfig = Pick<
  ServerConfig,
  | "PLAYGROUND_RPM"
  | "PLAYGROUND_MAX_CONCURRENT_STREAMS"
  | "PLAYGROUND_MAX_TOKENS"
  | "PLAYGROUND_DAILY_BUDGET_USD"
  | "ZENMUX_API_KEY"
  | "ZENMUX_BASE_URL"
>;

/** A request admitted on the server's key: what it holds until it ends. */
export interface Admitted {
  model: Pick<ModelInfo, "pricings">;
  reservedUsd: number;
  /** Frees the concurrent-stream slot (call once, when the answer has ended). */
  release: () => Promise<void>;
}

/** A slot is held at most this long, should an instance die before giving it back. */
const SLOT_SECONDS = 3600;

const seconds = (ms: number) => String(Math.max(1, Math.ceil(ms / 1000)));
const OWN_KEY = "Your own ZenMux key is not limited.";

/**
 * The server key's limits, in the order that wastes least: max_tokens ceiling, requests per
 * minute, the daily budget, then concurrent streams. Throws StoreUnavailable when the store
 * cannot answer (the caller turns that into a 503).
 */
export async function admitServerKey(
  endpoint: ProxyEndpoint,
  client: string,
  body: Record<string, unknown> | undefined,
  config: LimitConfig,
  store: LimitStore,
): Promise<Admitted | Refusal> {
  const costly = endpoint === "messages" && body !== undefined;
  const maxTokens = body?.max_tokens;
  if (costly && typeof maxTokens === "number" && maxTokens > config.PLAYGROUND_MAX_TOKENS)
    return refusal(
      400,
      "invalid_request_error",
      `max_tokens ${maxTokens} is above this server's ceiling of ${config.PLAYGROUND_MAX_TOKENS} for its key. Lower it, or send your own ZenMux key.`,
    );

  const rpm = store.counter("rpm", { points: config.PLAYGROUND_RPM, durationSeconds: 60 });
  const minute = await rpm.take(client);
  if (!minute.ok)
    return refusal(
      429,
      "rate_limit_error",
      `This server's key allows ${config.PLAYGROUND_RPM} requests per minute per client. Try again in ${seconds(minute.retryAfterMs)} s. ${OWN_KEY}`,
      { "retry-after": seconds(minute.retryAfterMs) },
    );
  if (!costly) return { model: {}, reservedUsd: 0, release: async () => {} };

  const model = await pricedModel(body.model, config);
  const reservedUsd = estimateRequestUsd(model, body);
  const budget = new DailyBudget(store, config.PLAYGROUND_DAILY_BUDGET_USD);
  const streams = store.counter("streams", {
    points: config.PLAYGROUND_MAX_CONCURRENT_STREAMS,
    durationSeconds: SLOT_SECONDS,
  });
  // The budget and the slot are asked together (one store round trip, not two); whichever was
  // granted is handed back when the other is refused. The per-minute limit goes first, alone, so
  // a flood it turns away never touches the budget.
  const [reserving, taking] = await Promise.allSettled([
    budget.reserve(reservedUsd),
    streams.take(client),
  ]);
  if (reserving.status === "rejected" || taking.status === "rejected") {
    // The store failed half-way: what it did grant goes back before the failure is reported.
    if (taking.status === "fulfilled" && taking.value.ok)
      await streams.giveBack(client).catch(() => {});
    if (reserving.status === "fulfilled" && reserving.value.ok)
      await budget.settle(reservedUsd, 0).catch(() => {});
    throw (reserving.status === "rejected" ? reserving : (taking as PromiseRejectedResult)).reason;
  }
  const [reserved, slot] = [reserving.value, taking.value];
  if (!reserved.ok) {
    if (slot.ok) await streams.giveBack(client);
    const hours = reserved.retryAfterMs / 3_600_000;
    return refusal(
      429,
      "rate_limit_error",
      `This server key's daily budget of $${config.PLAYGROUND_DAILY_BUDGET_USD.toFixed(2)} is spent (this request could cost up to $${reservedUsd.toFixed(4)}). It renews at 00:00 UTC, in ${hours >= 1 ? `${Math.floor(hours)} h ` : ""}${Math.ceil((hours % 1) * 60)} min. ${OWN_KEY}`,
      { "retry-after": seconds(reserved.retryAfterMs) },
    );
  }
  if (!slot.ok) {
    await budget.settle(reservedUsd, 0);
    return refusal(
      429,
      "rate_limit_error",
      `This server's key allows ${config.PLAYGROUND_MAX_CONCURRENT_STREAMS} requests at a time per client; wait for one to finish. ${OWN_KEY}`,
      { "retry-after": "1" },
    );
  }
  return { model, reservedUsd, release: () => streams.giveBack(client) };
}
