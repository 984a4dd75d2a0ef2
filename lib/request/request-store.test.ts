import { describe, expect, it } from "vitest";
import type { MessagesBody, PlaygroundRequest } from "@/lib/anthropic/request";
import { createRequestStore, partReader } from "./request-store";

const request: PlaygroundRequest = {
  body: {
    model: "anthropic/claude-sonnet-4.5",
    max_tokens: 1024,
    messages: [
      { role: "user", content: "Hello" },
      { role: "assistant", content: "Hi" },
    ],
  },
  betas: [],
};

const typeInto = (r: PlaygroundRequest, text: string): PlaygroundRequest => ({
  ...r,
  body: {
    ...r.body,
    messages: r.body.messages.map((m, i) => (i === 1 ? { ...m, content: text } : m)),
  },
});

describe("partReader", () => {
  it("returns the same part while an edit elsewhere changes the request", () => {
    const store = createRequestStore(request);
    const read = partReader<string>(store);
    const model = read((r) => r.body.model);
    store.set((r) => typeInto(r, "Hi there"));
    expect(read((r) => r.body.model)).toBe(model);
    store.set((r) => ({ ...r, body: { ...r.body, model: "openai/gpt-5" } }));
    expect(read((r) => r.body.model)).toBe("openai/gpt-5");
  });

  it("keeps a part made of several fields while `same` finds them equal", () => {
    const store = createRequestStore(request);
    const sameLimits = (a: MessagesBody, b: MessagesBody) =>
      a.max_tokens === b.max_tokens && a.temperature === b.temperature;
    const read = partReader(store, sameLimits);
    const first = read((r) => r.body);
    store.set((r) => typeInto(r, "Hi there"));
    // The body changed (a message was typed in), the parameters did not: the old body comes back.
    expect(store.get().body).not.toBe(first);
    expect(read((r) => r.body)).toBe(first);
    store.set((r) => ({ ...r, body: { ...r.body, max_tokens: 2048 } }));
    const next = read((r) => r.body);
    expect(next).not.toBe(first);
    expect(next.max_tokens).toBe(2048);
  });

  it("selects again only when the request changed", () => {
    const store = createRequestStore(request);
    const read = partReader<number>(store);
    let selections = 0;
    const count = (r: PlaygroundRequest) => {
      selections++;
      return r.body.messages.length;
    };
    read(count);
    read(count);
    expect(selections).toBe(1);
    store.set((r) => typeInto(r, "Hey"));
    read(count);
    expect(selections).toBe(2);
  });
});
