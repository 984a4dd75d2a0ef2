import { describe, expect, it } from "vitest";
import { chooseKey } from "./key-choice";

const server = { ZENMUX_API_KEY: "sk-ai-v1-server" };
const none = { ZENMUX_API_KEY: undefined };

describe("chooseKey", () => {
  it("uses the client's x-api-key over the server's key", () => {
    expect(chooseKey(new Headers({ "x-api-key": "sk-client" }), server)).toEqual({
      source: "client",
      key: "sk-client",
    });
  });

  it("uses the client's Authorization: Bearer key", () => {
    expect(chooseKey(new Headers({ authorization: "Bearer sk-bearer" }), server)).toEqual({
      source: "client",
      key: "sk-bearer",
    });
    expect(chooseKey(new Headers({ authorization: "bearer   sk-lower " }), none)).toEqual({
      source: "client",
      key: "sk-lower",
    });
  });

  it("prefers x-api-key when both are sent", () => {
    const headers = new Headers({ "x-api-key": "sk-a", authorization: "Bearer sk-b" });
    expect(chooseKey(headers, none)).toEqual({ source: "client", key: "sk-a" });
  });

  it("falls back to the server's key when the client sends none", () => {
    expect(chooseKey(new Headers(), server)).toEqual({
      source: "server",
      key: "sk-ai-v1-server",
      token: false,
    });
  });

  it("goes to demo mode with no key anywhere", () => {
    expect(chooseKey(new Headers(), none)).toEqual({ source: "demo", token: false });
  });

  it("treats empty or blank client values as absent", () => {
    const blank = new Headers({ "x-api-key": "  ", authorization: "Bearer " });
    expect(chooseKey(blank, server)).toEqual({
      source: "server",
      key: "sk-ai-v1-server",
      token: false,
    });
    expect(chooseKey(new Headers({ "x-api-key": "", authorization: "Bearer" }), none)).toEqual({
      source: "demo",
      token: false,
    });
  });

  it("ignores Authorization schemes other than Bearer", () => {
    expect(chooseKey(new Headers({ authorization: "Basic dXNlcjpwYXNz" }), none)).toEqual({
      source: "demo",
      token: false,
    });
  });
});

describe("chooseKey with playground tokens", () => {
  const tokens = {
    ...server,
    PLAYGROUND_TOKENS: ["pg-token-one-0123456789", "pg-token-two-0123456789"],
  };

  it("reads a playground token in Authorization: Bearer or x-api-key as the server's key", () => {
    for (const headers of [
      new Headers({ authorization: "Bearer pg-token-two-0123456789" }),
      new Headers({ "x-api-key": "pg-token-one-0123456789" }),
    ]) {
      expect(chooseKey(headers, tokens)).toEqual({
        source: "server",
        key: "sk-ai-v1-server",
        token: true,
      });
    }
  });

  it("treats any other credential as the caller's own ZenMux key", () => {
    expect(
      chooseKey(new Headers({ authorization: "Bearer pg-token-one-012345678" }), tokens),
    ).toEqual({ source: "client", key: "pg-token-one-012345678" });
  });

  it("answers a token with demo mode when the server holds no key", () => {
    const headers = new Headers({ "x-api-key": "pg-token-one-0123456789" });
    expect(chooseKey(headers, { ...tokens, ZENMUX_API_KEY: undefined })).toEqual({
      source: "demo",
      token: true,
    });
  });
});
