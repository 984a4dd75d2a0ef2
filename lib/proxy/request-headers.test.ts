import { describe, expect, it } from "vitest";
import { upstreamRequestHeaders } from "./request-headers";

describe("upstreamRequestHeaders", () => {
  const incoming = () => {
    const headers = new Headers({
      "content-type": "application/json",
      "anthropic-version": "2023-06-01",
      accept: "text/event-stream",
      cookie: "session=secret",
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      forwarded: "for=203.0.113.9",
      "x-real-ip": "203.0.113.9",
      host: "localhost:3000",
      authorization: "Bearer sk-client",
      "x-api-key": "sk-client",
      "user-agent": "curl/8",
      "accept-encoding": "gzip",
      "x-custom": "1",
    });
    headers.append("anthropic-beta", "context-1m-2025-08-07, tools-2024-04-04");
    headers.append("anthropic-beta", "tools-2024-04-04,other-beta");
    return headers;
  };

  it("passes only the allow-listed headers and the chosen key", () => {
    const out = upstreamRequestHeaders(incoming(), "sk-chosen");
    expect(Object.fromEntries(out.entries())).toEqual({
      "content-type": "application/json",
      "anthropic-version": "2023-06-01",
      accept: "text/event-stream",
      "anthropic-beta": "context-1m-2025-08-07,tools-2024-04-04,other-beta",
      "x-api-key": "sk-chosen",
    });
  });

  it("never forwards the client's own auth header, cookies, host or forwarding headers", () => {
    const out = upstreamRequestHeaders(incoming(), undefined);
    for (const name of [
      "authorization",
      "x-api-key",
      "cookie",
      "host",
      "x-forwarded-for",
      "x-forwarded-host",
      "x-forwarded-proto",
      "forwarded",
      "x-real-ip",
    ]) {
      expect(out.has(name), name).toBe(false);
    }
  });

  it("omits anthropic-beta when the client sent none", () => {
    const out = upstreamRequestHeaders(new Headers({ "anthropic-beta": " , " }), "k");
    expect(out.has("anthropic-beta")).toBe(false);
  });
});
