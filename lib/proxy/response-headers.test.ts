import { describe, expect, it } from "vitest";
import { clientResponseHeaders } from "./response-headers";

describe("clientResponseHeaders", () => {
  it("passes back the allow-listed headers and drops encoding, length and cookies", () => {
    const upstream = new Headers({
      "content-type": "application/json",
      "request-id": "req_1",
      "x-zenmux-requestid": "zm_1",
      "retry-after": "3",
      "anthropic-ratelimit-requests-remaining": "9",
      "x-zenmux-emulator": "1",
      "content-encoding": "gzip",
      "content-length": "42",
      "set-cookie": "a=b",
      server: "nginx",
    });
    const out = clientResponseHeaders(upstream, "server");
    expect(Object.fromEntries(out.entries())).toEqual({
      "content-type": "application/json",
      "request-id": "req_1",
      "x-zenmux-requestid": "zm_1",
      "retry-after": "3",
      "anthropic-ratelimit-requests-remaining": "9",
      "x-zenmux-emulator": "1",
      "x-playground-key-source": "server",
    });
  });

  it("marks event streams as not to be cached or buffered", () => {
    const out = clientResponseHeaders(
      new Headers({ "content-type": "text/event-stream; charset=utf-8" }),
      "demo",
    );
    expect(out.get("cache-control")).toBe("no-cache, no-transform");
    expect(out.get("x-accel-buffering")).toBe("no");
    expect(out.get("x-playground-key-source")).toBe("demo");
  });

  it("leaves JSON responses without the streaming headers", () => {
    const out = clientResponseHeaders(
      new Headers({ "content-type": "application/json" }),
      "client",
    );
    expect(out.has("x-accel-buffering")).toBe(false);
    expect(out.has("cache-control")).toBe(false);
  });
});
