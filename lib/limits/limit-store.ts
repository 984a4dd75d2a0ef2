import "server-only";
import { Redis } from "ioredis";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";

/** One named counter with a window: limits, the sign-in brake and the budget all use one. */
export interface Counter {
  /** Adds `points` unless that would pass the limit; then says how long until there is room. */
  take(key: string, points?: number): Promise<{ ok: true } | { ok: false; retryAfterMs: number }>;
  /** Returns points taken earlier (a stream ended, an estimate was too high). */
  giveBack(key: string, points?: number): Promise<void>;
  /** Adds points past the limit if need be (a reply cost more than estimated). */
  charge(key: string, points: number): Promise<void>;
}

export interface CounterOptions {
  points: number;
  durationSeconds: number;
}

/**
 * Where limits and the budget live: in memory for one instance, or in Redis, shared by all.
 * A Redis that cannot answer makes every call reject with StoreUnavailable.
 */
export interface LimitStore {
  readonly kind: "memory" | "redis";
  counter(name: string, options: CounterOptions): Counter;
  /** Whether the store answers now (readiness). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export class StoreUnavailable extends Error {
  override name = "StoreUnavailable";
}

function counterOver(
  limiter: RateLimiterAbstract,
  ready: () => Promise<void> = async () => {},
): Counter {
  const unavailable = (error: unknown) => {
    if (error instanceof RateLimiterRes) return error;
    throw new StoreUnavailable(error instanceof Error ? error.message : String(error));
  };
  return {
    async take(key, points = 1) {
      let refused: RateLimiterRes;
      await ready();
      try {
        await limiter.consume(key, points);
        return { ok: true };
      } catch (error) {
        refused = unavailable(error);
      }
      // A refused consume still counted its points; a refusal must not use up room.
      await limiter.reward(key, points).catch(unavailable);
      return { ok: false, retryAfterMs: refused.msBeforeNext };
    },
    async giveBack(key, points = 1) {
      await limiter.reward(key, points).catch(unavailable);
    },
    async charge(key, points) {
      await limiter.penalty(key, points).catch(unavailable);
    },
  };
}

/** One limiter per name and shape, made on first use. */
function countersFrom(
  make: (name: string, options: CounterOptions) => RateLimiterAbstract,
  ready?: () => Promise<void>,
): LimitStore["counter"] {
  const counters = new Map<string, Counter>();
  return (name, options) => {
    const id = `${name}:${options.points}:${options.durationSeconds}`;
    let counter = counters.get(id);
    if (!counter) {
      counter = counterOver(make(name, options), ready);
      counters.set(id, counter);
    }
    return counter;
  };
}

export function memoryStore(): LimitStore {
  return {
    kind: "memory",
    counter: countersFrom(
      (name, { points, durationSeconds }) =>
        new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds }),
    ),
    async ping() {
      return true;
    },
    async close() {},
  };
}

export function redisStore(url: string, onError: (error: Error) => void): LimitStore {
  const client = new Redis(url, {
    // Fail at once while Redis is away, rather than queueing requests behind a reconnect.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
  });
  client.on("error", onError);
  let everReady = false;
  client.once("ready", () => {
    everReady = true;
  });
  // A fresh instance waits (briefly) for its first connection; an outage later fails at once.
  const firstConnection = async () => {
    if (everReady || client.status === "ready") return;
    await Promise.race([
      new Promise((resolve) => client.once("ready", resolve)),
      new Promise((resolve) => setTimeout(resolve, 2000).unref()),
    ]);
  };
  return {
    kind: "redis",
    counter: countersFrom(
      (name, { points, durationSeconds }) =>
        new RateLimiterRedis({
          storeClient: client,
          keyPrefix: `playground:${name}`,
          points,
          duration: durationSeconds,
          rejectIfRedisNotReady: true,
        }),
      firstConnection,
    ),
    async ping() {
      try {
        await firstConnection();
        return (await client.ping()) === "PONG";
      } catch {
        return false;
      }
    },
    async close() {
      client.disconnect();
    },
  };
}

let shared: { url: string | undefined; store: LimitStore } | undefined;

/** The process's store: Redis when REDIS_URL is set, else memory. */
export function limitStore(
  redisUrl: string | undefined,
  onError: (error: Error) => void,
): LimitStore {
  if (!shared || shared.url !== redisUrl)
    shared = { url: redisUrl, store: redisUrl ? redisStore(redisUrl, onError) : memoryStore() };
  return shared.store;
}
