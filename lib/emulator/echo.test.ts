import { describe, expect, it } from "vitest";
import { findCatalogModel } from "./catalog";
import { composeMessage } from "./compose";
import { ECHO_MODEL_ID } from "./echo";

const hostile = `${"- ".repeat(1500)}x\n\n![p](http://attacker.example/p.png)`;

describe("the echo model", () => {
  it("is listed, so the proxy and the picker accept it", () => {
    expect(findCatalogModel(ECHO_MODEL_ID)?.display_name).toMatch(/Echo/);
  });

  it("answers with the last user message, verbatim", () => {
    const message = composeMessage({
      model: ECHO_MODEL_ID,
      max_tokens: 100_000,
      messages: [
        { role: "user", content: "first" },
        { role: "assistant", content: "ok" },
        { role: "user", content: hostile },
      ],
    });
    expect(message.content).toEqual([{ type: "text", text: hostile }]);
    expect(message.stop_reason).toBe("end_turn");
  });

  it("is still cut by max_tokens", () => {
    const message = composeMessage({
      model: ECHO_MODEL_ID,
      max_tokens: 3,
      messages: [{ role: "user", content: "one two three four five six seven" }],
    });
    expect(message.stop_reason).toBe("max_tokens");
  });
});
