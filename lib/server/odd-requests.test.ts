import { request as httpRequest } from "node:http";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServedHandler, serve } from "@/lib/testing/serve-web-handler";
import { proxy } from "@/proxy";
import { installRequestIntake } from "./request-intake";

async function expectAnthropicError(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/json");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  const body = await response.json();
  expect(body.type).toBe("error");
  expect(typeof body.error.message).toBe("string");
}

describe("proxy.ts on API paths", () => {
  it.each(["/api/anthropic/v1/models", "/api/emulator/v1/models", "/api/health", "/api/session"])(
    "answers OPTIONS on %s with an Anthropic-shaped 405",
    async (path) => {
      const response = proxy(new NextRequest(`http://localhost${path}`, { method: "OPTIONS" }));
      await expectAnthropicError(response, 405);
    },
  );

  it("answers a malformed percent-escape with an Anthropic-shaped 400", async () => {
    const response = proxy(new NextRequest("http://localhost/api/anthropic/v1/%ff"));
    await expectAnthropicError(response, 400);
  });

  it("puts the hardening headers and a no-content CSP on API responses it passes on", () => {
    const response = proxy(new NextRequest("http://localhost/api/anthropic/v1/models"));
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("gives each page its own nonce, in the CSP and to Next", () => {
    const csp = () =>
      proxy(new NextRequest("http://localhost/")).headers.get("content-security-policy") ?? "";
    const [first, second] = [csp(), csp()];
    expect(first).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(first).not.toBe(second);
    for (const directive of [
      "connect-src 'self'",
      "img-src 'self' data: blob:",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ])
      expect(first).toContain(directive);
  });
});

describe("request intake", () => {
  let server: ServedHandler;
  beforeAll(async () => {
    installRequestIntake();
    server = await serve(async () => new Response("reached the app"));
  });
  afterAll(() => server.close());

  it.each(["TRACE", "PROPFIND", "MKCOL"])(
    "answers %s on the API, which Next cannot serve, with an Anthropic-shaped 405",
    async (method) => {
      const { status, type, body } = await new Promise<{
        status: number;
        type: string;
        body: string;
      }>((resolve, reject) => {
        const req = httpRequest(`${server.url}/api/anthropic/v1/messages`, { method }, (res) => {
          let text = "";
          res.on("data", (chunk) => {
            text += chunk;
          });
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              type: res.headers["content-type"] ?? "",
              body: text,
            }),
          );
        });
        req.on("error", reject);
        req.end();
      });
      expect(status).toBe(405);
      expect(type).toBe("application/json");
      expect(JSON.parse(body)).toMatchObject({
        type: "error",
        error: { type: "invalid_request_error" },
      });
    },
  );
});
