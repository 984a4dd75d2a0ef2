import { describe, expect, it } from "vitest";
import { checkProtocol } from "@/lib/anthropic/protocol-check";
import { SseParser } from "@/lib/anthropic/sse";
import { GRAMMAR_FAULT_MODELS, GRAMMAR_FAULT_RULES, type GrammarFaultId } from "./grammar-faults";
import { call } from "./test-support";

async function streamOf(model: string) {
  const response = await call("messages", {
    model,
    max_tokens: 256,
    stream: true,
    messages: [{ role: "user", content: "Hello" }],
  });
  expect(response.status).toBe(200);
  const parser = new SseParser();
  return [...parser.push(await response.text()), ...parser.end()].map((item) =>
    item.kind === "comment"
      ? { kind: "comment" as const, name: item.text, data: "" }
      : { kind: "event" as const, name: item.event, data: item.data },
  );
}

describe("grammar fault models", () => {
  it.each(Object.keys(GRAMMAR_FAULT_MODELS) as GrammarFaultId[])(
    "%s breaks exactly its rules",
    async (model) => {
      const rules = new Set(checkProtocol(await streamOf(model)).violations.map((v) => v.rule));
      expect([...rules]).toEqual(GRAMMAR_FAULT_RULES[model]);
    },
  );

  it("the error rule: emulator/stream-error's error event is named as such", async () => {
    const report = checkProtocol(await streamOf("emulator/stream-error"));
    expect(report.violations.map((v) => v.rule)).toEqual(["stream-error"]);
    expect(report.violations[0]?.message).toContain("overloaded_error");
  });

  it("the unknown event is named in the report's notes", async () => {
    const report = checkProtocol(await streamOf("emulator/protocol-unknown-event"));
    expect(report.notes.map((note) => note.message)).toEqual([
      'Unknown event type "zenmux_routing", tolerated.',
    ]);
  });

  it("answers a non-streamed request normally", async () => {
    const response = await call("messages", {
      model: "emulator/protocol-duplicate-start",
      max_tokens: 64,
      messages: [{ role: "user", content: "Hello" }],
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { type: string }).type).toBe("message");
  });

  it("are listed in the catalog", async () => {
    const response = await call("models", undefined);
    const ids = ((await response.json()) as { data: { id: string }[] }).data.map((m) => m.id);
    for (const id of Object.keys(GRAMMAR_FAULT_MODELS)) expect(ids).toContain(id);
  });
});
