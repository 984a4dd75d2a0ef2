import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import * as countTokensRoute from "@/app/api/anthropic/v1/messages/count_tokens/route";
import * as messagesRoute from "@/app/api/anthropic/v1/messages/route";
import { config } from "@/proxy";
import { API_HEADERS } from "./security-headers";

const matches = (path: string) =>
  unstable_doesMiddlewareMatch({ config, url: `http://localhost${path}` });

function expectApiHeaders(response: Response) {
  for (const [name, value] of Object.entries(API_HEADERS))
    expect(response.headers.get(name), name).toBe(value);
}

describe("the proxy's POST routes, which proxy.ts leaves out", () => {
  it("are the only paths proxy.ts skips besides static files", () => {
    expect(matches("/api/anthropic/v1/messages")).toBe(false);
    expect(matches("/api/anthropic/v1/messages/count_tokens")).toBe(false);
    for (const path of [
      "/",
      "/sign-in",
      "/api/health",
      "/api/anthropic/v1/models",
      "/api/anthropic/v1/messages/batches",
      "/api/anthropic/v1/messagesx",
      "/api/anthropic/v1/%ff",
      "/api/emulator/v1/messages",
    ])
      expect(matches(path), path).toBe(true);
  });

  it.each([
    ["/api/anthropic/v1/messages", messagesRoute],
    ["/api/anthropic/v1/messages/count_tokens", countTokensRoute],
  ])(
    "%s refuses every method but POST in Anthropic's shape, with the API headers",
    async (path, route) => {
      for (const handler of [route.OPTIONS, route.GET, route.DELETE, route.PATCH, route.PUT]) {
        const response = handler(new Request(`http://localhost${path}`, { method: "OPTIONS" }));
        expect(response.status).toBe(405);
        expect(response.headers.get("allow")).toBe("POST");
        expect((await response.json()).type).toBe("error");
        expectApiHeaders(response);
      }
    },
  );

  it.each([
    ["/api/anthropic/v1/messages", messagesRoute],
    ["/api/anthropic/v1/messages/count_tokens", countTokensRoute],
  ])("%s puts the API headers on what POST answers", async (path, route) => {
    const response = await route.POST(
      new Request(`http://localhost${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toContain("anthropic-version");
    expectApiHeaders(response);
  });
});
