import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LoopbackUpstream, startUpstream } from "@/lib/testing/loopback-upstream";
import { serveGuardedProxy } from "@/lib/testing/serve-guarded-proxy";
import type { ServedHandler } from "@/lib/testing/serve-web-handler";
import { createLogger, useLogger } from "./logger";
import { installRequestIntake } from "./request-intake";

/**
 * A bounded fuzz over loopback: odd methods, headers and bodies against the guarded proxy, whose
 * upstream always answers well. Any 5xx is therefore the proxy's own fault.
 */

const ROUNDS = 300;
const SERVER_KEY = "sk-ai-v1-server-secret-0123456789";

/** Deterministic, so a failure names a round that fails again. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    next,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    bytes: (length: number) => Uint8Array.from({ length }, () => Math.floor(next() * 256)),
  };
}

const PATHS = ["/v1/messages", "/v1/messages/count_tokens", "/v1/models", "/v1/models?limit=%ff"];
const METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH"];
const VERSIONS = ["2023-06-01", "2023-01-01", "", "x".repeat(500), "2023-06-01, 2023-06-01"];
const BETAS = ["", "prompt-caching-2024-07-31", "nonsense,,", "a".repeat(2000)];
const CREDENTIALS: Record<string, string>[] = [
  {},
  { "x-api-key": "sk-ai-v1-client-own-1" },
  { authorization: "Bearer pg-fuzz-token-0123456789ab" },
  { authorization: "Bearer" },
  { authorization: "Basic Zm9vOmJhcg==" },
  { cookie: "playground_session=not.a.jwt; playground_demo=1" },
  { "x-forwarded-for": "127.0.0.1, ::1, garbage" },
];

function body(rng: ReturnType<typeof random>): BodyInit | undefined {
  const messages = [{ role: "user", content: "Hi" }];
  switch (Math.floor(rng.next() * 10)) {
    case 0:
      return undefined;
    case 1:
      return rng.bytes(Math.floor(rng.next() * 300));
    case 2:
      return '{"model": "x", "max_tokens": 1e400, "messages": [';
    case 3:
      return JSON.stringify({ model: "anthropic/claude-test", max_tokens: -1, messages });
    case 4:
      return `${"[".repeat(5000)}${"]".repeat(5000)}`;
    case 5:
      return JSON.stringify({ model: 42, max_tokens: "many", messages: "no", stream: "yes" });
    case 6:
      return JSON.stringify({ model: "anthropic/claude-test", max_tokens: 100_000_000, messages });
    case 7:
      return JSON.stringify({ tools: [{ type: "code_execution_20250522" }], messages });
    case 8:
      return new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d, 0xff, 0xfe]);
    default:
      return JSON.stringify({
        model: "anthropic/claude-test",
        max_tokens: 64,
        stream: true,
        messages,
      });
  }
}

let upstream: LoopbackUpstream;
let proxy: ServedHandler;

beforeAll(async () => {
  installRequestIntake();
  useLogger(createLogger("silent"));
  upstream = await startUpstream((recorded, res) => {
    if (recorded.body.includes('"stream":true')) {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end('event: message_stop\ndata: {"type":"message_stop"}\n\n');
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"data":[],"input_tokens":1}');
  });
  proxy = await serveGuardedProxy(upstream.url, {
    PLAYGROUND_TOKENS: "pg-fuzz-token-0123456789ab",
    PLAYGROUND_PASSWORD: "fuzz password",
    PLAYGROUND_RPM: "1000",
    REQUEST_BODY_TIMEOUT_MS: "2000",
  });
});

afterAll(async () => {
  await proxy.close();
  await upstream.close();
});

describe("fuzzing the guarded proxy over loopback", () => {
  it(`answers ${ROUNDS} odd requests without a 5xx of its own, always in Anthropic's shape when it refuses`, async () => {
    const rng = random(20261129);
    const failures: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const method = rng.pick(METHODS);
      const path = rng.pick(PATHS);
      const headers: Record<string, string> = {
        "anthropic-version": rng.pick(VERSIONS),
        "anthropic-beta": rng.pick(BETAS),
        "content-type": rng.pick(["application/json", "text/plain", ""]),
        ...rng.pick(CREDENTIALS),
      };
      const payload = method === "GET" ? undefined : body(rng);
      const response = await fetch(`${proxy.url}${path}`, { method, headers, body: payload });
      const text = await response.text();
      if (response.status >= 500)
        failures.push(
          `round ${round}: ${method} ${path} → ${response.status} ${text.slice(0, 200)}`,
        );
      if (response.status >= 400 && response.headers.get("content-type") === "application/json") {
        const parsed = JSON.parse(text);
        if (parsed.type !== "error" || typeof parsed.error?.message !== "string")
          failures.push(`round ${round}: not Anthropic-shaped: ${text.slice(0, 200)}`);
      }
      expect(text).not.toContain(SERVER_KEY);
    }
    expect(failures).toEqual([]);
  });
});
