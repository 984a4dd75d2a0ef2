import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, serverHasKey } from "./server-config";

describe("parseConfig", () => {
  it("defaults to ZenMux's base URL, port 3000 and demo mode", () => {
    const config = parseConfig({});
    expect(config.ZENMUX_API_KEY).toBeUndefined();
    expect(config).toMatchObject({
      ZENMUX_BASE_URL: "https://zenmux.ai/api/anthropic",
      PORT: 3000,
      EMULATOR_TOKENS_PER_SECOND: 40,
    });
    expect(serverHasKey(config)).toBe(false);
  });

  it("treats empty strings as unset", () => {
    const config = parseConfig({
      ZENMUX_API_KEY: "",
      ZENMUX_BASE_URL: " ",
      PORT: "",
      EMULATOR_TOKENS_PER_SECOND: "",
    });
    expect(config.ZENMUX_API_KEY).toBeUndefined();
    expect(config.ZENMUX_BASE_URL).toBe("https://zenmux.ai/api/anthropic");
    expect(config.PORT).toBe(3000);
    expect(serverHasKey(config)).toBe(false);
  });

  it("reads a key, a base URL without trailing slashes, a port and a pace", () => {
    const config = parseConfig({
      ZENMUX_API_KEY: " sk-ai-v1-abc ",
      ZENMUX_BASE_URL: "http://127.0.0.1:9999/api/anthropic//",
      PORT: "3302",
      EMULATOR_TOKENS_PER_SECOND: "5000",
    });
    expect(config).toMatchObject({
      ZENMUX_API_KEY: "sk-ai-v1-abc",
      ZENMUX_BASE_URL: "http://127.0.0.1:9999/api/anthropic",
      PORT: 3302,
      EMULATOR_TOKENS_PER_SECOND: 5000,
    });
    expect(serverHasKey(config)).toBe(true);
  });

  it.each([
    [{ PORT: "abc" }, "PORT: must be a port number"],
    [{ PORT: "70000" }, "PORT: must be between 1 and 65535"],
    [{ PORT: "80.5" }, "PORT: must be a whole number"],
    [{ ZENMUX_BASE_URL: "notaurl" }, "ZENMUX_BASE_URL: must be an http(s) URL"],
    [{ ZENMUX_BASE_URL: "ftp://zenmux.ai" }, "ZENMUX_BASE_URL: must be an http(s) URL"],
    [{ ZENMUX_API_KEY: "sk ai" }, "ZENMUX_API_KEY: must be a single token"],
    [{ EMULATOR_TOKENS_PER_SECOND: "0" }, "EMULATOR_TOKENS_PER_SECOND: must be greater than 0"],
  ])("rejects %o with a message naming the variable", (env, expected) => {
    let caught: unknown;
    try {
      parseConfig(env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as Error).message).toContain(expected);
    expect((caught as Error).message).toContain(".env.example");
  });
});

describe("parseConfig: access, limits and timeouts", () => {
  it("defaults to the loopback posture, finite limits and the issue's timeouts", () => {
    expect(parseConfig({})).toMatchObject({
      PLAYGROUND_TOKENS: [],
      PLAYGROUND_OPEN: false,
      TRUST_PROXY: 0,
      PLAYGROUND_MAX_TOKENS: 16_384,
      UPSTREAM_HEADERS_TIMEOUT_MS: 60_000,
      UPSTREAM_IDLE_TIMEOUT_MS: 120_000,
      REQUEST_BODY_TIMEOUT_MS: 30_000,
      LOG_LEVEL: "info",
    });
  });

  it("reads a token list, the open flag and a Redis URL", () => {
    const config = parseConfig({
      PLAYGROUND_TOKENS: " pg-aaaaaaaaaaaaaaaa , pg-bbbbbbbbbbbbbbbb,",
      PLAYGROUND_OPEN: "1",
      REDIS_URL: "redis://127.0.0.1:6390",
    });
    expect(config.PLAYGROUND_TOKENS).toEqual(["pg-aaaaaaaaaaaaaaaa", "pg-bbbbbbbbbbbbbbbb"]);
    expect(config.PLAYGROUND_OPEN).toBe(true);
    expect(config.REDIS_URL).toBe("redis://127.0.0.1:6390");
  });

  it.each([
    [{ PLAYGROUND_TOKENS: "short" }, "PLAYGROUND_TOKENS"],
    // Shaped like a ZenMux key (built from parts, so no committed line looks like a real one).
    [{ PLAYGROUND_TOKENS: `sk-ai-v1-${"0123456789abcdef"}` }, "PLAYGROUND_TOKENS"],
    [{ PLAYGROUND_PASSWORD: "1234" }, "PLAYGROUND_PASSWORD"],
    [{ PLAYGROUND_OPEN: "yes" }, "PLAYGROUND_OPEN"],
    [{ REDIS_URL: "http://localhost" }, "REDIS_URL"],
    [{ TRUST_PROXY: "-1" }, "TRUST_PROXY"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
  ])("rejects %o naming %s", (env, name) => {
    expect(() => parseConfig(env)).toThrow(new RegExp(name));
  });
});
