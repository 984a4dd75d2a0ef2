import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, serverMode } from "./config";

describe("parseConfig", () => {
  it("defaults to ZenMux's base URL, port 3000 and demo mode", () => {
    const config = parseConfig({});
    expect(config).toEqual({
      ZENMUX_API_KEY: undefined,
      ZENMUX_BASE_URL: "https://zenmux.ai/api/anthropic",
      PORT: 3000,
      EMULATOR_TOKENS_PER_SECOND: 40,
    });
    expect(serverMode(config)).toBe("demo");
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
    expect(serverMode(config)).toBe("demo");
  });

  it("reads a key, a base URL without trailing slashes, a port and a pace", () => {
    const config = parseConfig({
      ZENMUX_API_KEY: " sk-ai-v1-abc ",
      ZENMUX_BASE_URL: "http://127.0.0.1:9999/api/anthropic//",
      PORT: "3302",
      EMULATOR_TOKENS_PER_SECOND: "5000",
    });
    expect(config).toEqual({
      ZENMUX_API_KEY: "sk-ai-v1-abc",
      ZENMUX_BASE_URL: "http://127.0.0.1:9999/api/anthropic",
      PORT: 3302,
      EMULATOR_TOKENS_PER_SECOND: 5000,
    });
    expect(serverMode(config)).toBe("zenmux");
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
