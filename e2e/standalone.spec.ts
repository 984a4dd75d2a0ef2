import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freeLoopbackPort } from "../lib/testing/loopback-server";
// The same helper the unit tests use: a real redis-server on a free loopback port.
import { type RunningRedis, startRedis } from "../lib/testing/redis-server";

/**
 * The standalone server (`output: "standalone"`, what the Dockerfile runs), tested directly: two
 * instances share limits through a real Redis, with the e2e server's emulator as their upstream.
 */

// A fake key, built from parts so that no committed line looks like a real ZenMux key.
const SERVER_KEY = `sk-ai-v1-${"standalone-secret-0123456789"}`;
const TOKEN = "pg-standalone-token-0123456789abcdef";
const LIMIT = 4;
const serverJs = path.resolve(process.env.NEXT_DIST_DIR ?? ".next", "standalone", "server.js");

interface Instance {
  url: string;
  output: () => string;
  stop: () => void;
}

async function startInstance(env: Record<string, string>): Promise<Instance> {
  const port = await freeLoopbackPort();
  let output = "";
  const child: ChildProcess = spawn(process.execPath, [serverJs], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${url}/api/health?live`)).ok) break;
    } catch {
      if (attempt > 100 || child.exitCode !== null) throw new Error(`did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, output: () => output, stop: () => child.kill("SIGTERM") };
}

let redis: RunningRedis;
const instances: Instance[] = [];

test.beforeAll(async ({ baseURL }) => {
  expect(existsSync(serverJs), `${serverJs} (built by the e2e web server)`).toBe(true);
  redis = await startRedis();
  const env = {
    ZENMUX_API_KEY: SERVER_KEY,
    ZENMUX_BASE_URL: `${baseURL}/api/emulator`,
    PLAYGROUND_TOKENS: TOKEN,
    PLAYGROUND_RPM: String(LIMIT),
    REDIS_URL: redis.url,
  };
  instances.push(await startInstance(env), await startInstance(env));
});

test.afterAll(async () => {
  for (const instance of instances.splice(0)) instance.stop();
  await redis?.kill();
});

const models = (url: string, headers: Record<string, string>) =>
  fetch(`${url}/api/anthropic/v1/models`, {
    headers: { "anthropic-version": "2023-06-01", ...headers },
  });

test("two standalone instances share one Redis: N requests per minute in all, then 503 when Redis dies", async () => {
  const [a, b] = instances;
  if (!a || !b) throw new Error("instances missing");
  expect(a.output()).toContain("Server key: guarded");

  const health = await (await fetch(`${a.url}/api/health`)).json();
  expect(health).toMatchObject({ live: true, ready: true, store: { kind: "redis" } });

  // A stranger (no token) is refused without touching the limit.
  expect((await models(a.url, {})).status).toBe(401);

  const statuses: number[] = [];
  for (let i = 0; i < 3 * LIMIT; i++) {
    const response = await models((i % 2 ? b : a).url, { authorization: `Bearer ${TOKEN}` });
    statuses.push(response.status);
    await response.arrayBuffer();
  }
  expect(statuses.filter((status) => status === 200)).toHaveLength(LIMIT);
  expect(statuses.filter((status) => status === 429)).toHaveLength(2 * LIMIT);

  await redis.kill();
  const refused = await models(b.url, { authorization: `Bearer ${TOKEN}` });
  expect(refused.status).toBe(503);
  expect((await refused.json()).error.message).toMatch(/Redis/);
  const own = await models(b.url, { "x-api-key": "sk-ai-v1-callers-own-key-42" });
  expect(own.status).toBe(200);
  expect((await fetch(`${b.url}/api/health`)).status).toBe(503);

  // Logs: one JSON line per proxied request, and never a key or a token.
  for (const instance of [a, b]) {
    const log = instance.output();
    expect(log).not.toContain(SERVER_KEY);
    expect(log).not.toContain(TOKEN);
    expect(log).not.toContain("sk-ai-v1-callers-own-key-42");
    const lines = log
      .split("\n")
      .filter((line) => line.startsWith("{") && line.includes('"proxied request"'))
      .map((line) => JSON.parse(line));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(Object.keys(line)).toEqual(
        expect.arrayContaining(["time", "mode", "client", "status", "duration_ms", "endpoint"]),
      );
  }
});
