import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ServerConfig } from "@/lib/config/server-config";
import { type LoopbackUpstream, startUpstream } from "@/lib/testing/loopback-upstream";
import { type RunningRedis, startRedis } from "@/lib/testing/redis-server";
import { serveGuardedProxy } from "@/lib/testing/serve-guarded-proxy";
import type { ServedHandler } from "@/lib/testing/serve-web-handler";
import { health } from "../server/health";
import { createLogger, useLogger } from "../server/logger";
import { installRequestIntake } from "../server/request-intake";
import { type LimitStore, redisStore } from "./limit-store";

const TOKEN = "pg-shared-token-0123456789abcdef";
const LIMIT = 5;
const VERSION = { "anthropic-version": "2023-06-01" };

let redis: RunningRedis;
let upstream: LoopbackUpstream;
let _config: ServerConfig;
const instances: { proxy: ServedHandler; store: LimitStore }[] = [];

beforeAll(async () => {
  installRequestIntake();
  useLogger(createLogger("silent"));
  redis = await startRedis();
  upstream = await startUpstream((_, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"data":[]}');
  });
});
afterAll(async () => {
  await upstream.close();
  await redis.kill();
});

/** Two instances of the app: separate processes would share nothing but Redis, and nor do these. */
beforeEach(async () => {
  for (let i = 0; i < 2; i++) {
    const store = redisStore(redis.url, () => {});
    const proxy = await serveGuardedProxy(
      upstream.url,
      { PLAYGROUND_TOKENS: TOKEN, PLAYGROUND_RPM: String(LIMIT), REDIS_URL: redis.url },
      store,
    );
    instances.push({ proxy, store });
  }
});
afterEach(async () => {
  for (const { proxy, store } of instances.splice(0)) {
    await proxy.close();
    await store.close();
  }
});

const models = (url: string, headers: Record<string, string>) =>
  fetch(`${url}/v1/models`, { headers: { ...VERSION, ...headers } });

describe("limits shared through a real Redis", () => {
  it(`lets ${LIMIT} requests per minute through across two instances, not ${2 * LIMIT}`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4 * LIMIT; i++) {
      const { proxy } = instances[i % 2] ?? {};
      if (!proxy) throw new Error("no instance");
      const response = await models(proxy.url, { authorization: `Bearer ${TOKEN}` });
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(3 * LIMIT);
  });
});

describe("Redis down", () => {
  it("refuses the server key with a clear 503, keeps bring-your-own-key working and reports not ready", async () => {
    const [first] = instances;
    if (!first) throw new Error("no instance");
    const ready = await health(new Request("http://localhost/api/health"), first.store);
    expect(ready.status).toBe(200);
    await redis.kill();

    const refused = await models(first.proxy.url, { authorization: `Bearer ${TOKEN}` });
    expect(refused.status).toBe(503);
    const body = await refused.json();
    expect(body.type).toBe("error");
    expect(body.error.message).toMatch(/Redis/);
    expect(body.error.message).toMatch(/your own ZenMux key/);

    const own = await models(first.proxy.url, { "x-api-key": "sk-ai-v1-own-key-77" });
    expect(own.status).toBe(200);

    const notReady = await health(new Request("http://localhost/api/health"), first.store);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({
      live: true,
      ready: false,
      store: { kind: "redis" },
    });
    const live = await health(new Request("http://localhost/api/health?live"), first.store);
    expect(live.status).toBe(200);
  });
});
