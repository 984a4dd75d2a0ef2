import { describe, expect, it } from "vitest";
import { call } from "./test-support";

const ask = (model: string, stream = false) => ({
  model,
  max_tokens: 64,
  stream,
  messages: [{ role: "user", content: "Hello" }],
});

describe("model aliases, as ZenMux resolves them", () => {
  it("answers an alias with the model that ran, streamed or not", async () => {
    const whole = await call("messages", ask("claude-sonnet-4-5"));
    expect(whole.status).toBe(200);
    expect(((await whole.json()) as { model: string }).model).toBe("anthropic/claude-sonnet-4.5");

    const streamed = await call("messages", ask("claude-haiku-4-5", true));
    expect(await streamed.text()).toContain('"model":"anthropic/claude-haiku-4.5"');
  });

  it("counts tokens for an alias", async () => {
    const response = await call("count_tokens", {
      model: "claude-sonnet-4-5",
      messages: [{ role: "user", content: "Hello" }],
    });
    expect(response.status).toBe(200);
  });

  it("answers Anthropic's dated ids with a 404 naming the id sent", async () => {
    const response = await call("messages", ask("claude-3-5-sonnet-20241022"));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("claude-3-5-sonnet-20241022");
  });

  it("echoes a ZenMux id with a :provider pin as sent", async () => {
    const response = await call("messages", ask("anthropic/claude-sonnet-4.5:vertex"));
    expect(((await response.json()) as { model: string }).model).toBe(
      "anthropic/claude-sonnet-4.5:vertex",
    );
  });
});
