import { describe, expect, it } from "vitest";
import { POST as countTokens } from "./messages/count_tokens/route";
import { POST as messages } from "./messages/route";
import { GET as models } from "./models/route";

// The handlers take their config from the environment; these checks need no upstream at all.
describe("anthropic route handlers", () => {
  it("refuses the TS SDK's default version on every endpoint, with the fix in the message", async () => {
    const headers = { "anthropic-version": "2026-10-21", "content-type": "application/json" };
    const responses = await Promise.all([
      messages(
        new Request("http://localhost/api/anthropic/v1/messages", {
          method: "POST",
          headers,
          body: "{}",
        }),
      ),
      countTokens(
        new Request("http://localhost/api/anthropic/v1/messages/count_tokens", {
          method: "POST",
          headers,
          body: "{}",
        }),
      ),
      models(new Request("http://localhost/api/anthropic/v1/models?limit=1000", { headers })),
    ]);
    for (const response of responses) {
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.type).toBe("error");
      expect(body.error.type).toBe("invalid_request_error");
      expect(body.error.message).toContain("2023-06-01");
    }
  });

  it("refuses invalid JSON on the messages route", async () => {
    const response = await messages(
      new Request("http://localhost/api/anthropic/v1/messages", {
        method: "POST",
        headers: { "anthropic-version": "2023-06-01" },
        body: "{oops",
      }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toContain("not valid JSON");
  });
});
