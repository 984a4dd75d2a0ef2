import { describe, expect, it } from "vitest";
import { defaultRequest, type PlaygroundRequest } from "@/lib/anthropic/request";
import { bestColumns } from "@/lib/compare/column-figures";
import {
  columnChanges,
  columnRequest,
  comparisonOf,
  modelsFromSearch,
  newColumn,
  parseOverrides,
} from "@/lib/compare/compare";
import {
  comparisonFromLocation,
  createComparisonLink,
  singleModelFromSearch,
} from "@/lib/compare/compare-link";
import { sampleRecording } from "@/lib/testing/sample-recording";

const shared: PlaygroundRequest = {
  body: { ...defaultRequest().body, temperature: 1, system: "Be brief." },
  betas: ["context-1m-2025-08-07"],
};

describe("comparison columns", () => {
  it("sends the shared request with the column's model and overrides, and betas shared", () => {
    const column = newColumn("openai/gpt-5", { temperature: 0.2, system: null, top_k: 5 });
    const request = columnRequest(shared, column);
    expect(request.body).toEqual({
      ...shared.body,
      model: "openai/gpt-5",
      temperature: 0.2,
      top_k: 5,
      system: undefined,
    });
    expect("system" in request.body).toBe(false);
    expect(request.betas).toEqual(shared.betas);
    expect(shared.body.temperature).toBe(1);
  });

  it("never lets an override replace the model or the shared messages", () => {
    const column = newColumn("x-ai/grok-4", { model: "other", messages: [] });
    expect(columnRequest(shared, column).body.model).toBe("x-ai/grok-4");
    expect(columnRequest(shared, column).body.messages).toEqual(shared.body.messages);
    expect(parseOverrides('{"model":"a"}').ok).toBe(false);
    expect(parseOverrides('{"messages":[]}').ok).toBe(false);
  });

  it("lists exactly the fields that differ from the shared request", () => {
    const column = newColumn("openai/gpt-5", { temperature: 0.2, max_tokens: 1024, system: null });
    expect(columnChanges(shared, column)).toEqual([
      { field: "model", shared: '"anthropic/claude-sonnet-4.5"', column: '"openai/gpt-5"' },
      { field: "temperature", shared: "1", column: "0.2" },
      { field: "system", shared: '"Be brief."', column: undefined },
    ]);
    expect(columnChanges(shared, newColumn(shared.body.model))).toEqual([]);
  });

  it("reads overrides as a JSON object and explains anything else", () => {
    expect(parseOverrides("")).toEqual({ ok: true, overrides: {} });
    expect(parseOverrides('{"temperature":0}')).toEqual({
      ok: true,
      overrides: { temperature: 0 },
    });
    expect(parseOverrides("[1]")).toMatchObject({ ok: false });
    expect(parseOverrides("{oops")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Not JSON/),
    });
  });
});

describe("comparison links", () => {
  it("reads ?model=a,b,c and ?models= in order, trimmed, at most ten", () => {
    expect(modelsFromSearch("?model=a,%20b,,c")).toEqual(["a", "b", "c"]);
    expect(modelsFromSearch("?models=x/y,z")).toEqual(["x/y", "z"]);
    const many = Array.from({ length: 12 }, (_, i) => `m${i}`).join(",");
    expect(modelsFromSearch(`?model=${many}`)).toHaveLength(10);
    expect(comparisonOf(["a"])).toBeNull();
    expect(singleModelFromSearch("?model=openai/gpt-5")).toBe("openai/gpt-5");
    const open = comparisonFromLocation({ search: "?model=a,b", hash: "" });
    expect(open.kind === "ok" && open.comparison.columns.map((c) => c.model)).toEqual(["a", "b"]);
  });

  it("round-trips the whole comparison, with the answers when asked", () => {
    const comparison = {
      columns: [newColumn("a/one", { temperature: 0 }), newColumn("b/two")],
    };
    const plain = createComparisonLink(shared, comparison, "https://x.example/?model=q#r=old");
    expect(plain.answers).toBe("not-asked");
    expect(plain.url.startsWith("https://x.example/#c=")).toBe(true);
    const opened = comparisonFromLocation({ search: "", hash: new URL(plain.url).hash });
    expect(opened).toEqual({ kind: "ok", comparison, request: shared });

    const recording = sampleRecording(1);
    const withAnswers = createComparisonLink(shared, comparison, "https://x.example/", [
      recording,
      null,
    ]);
    expect(withAnswers.answers).toBe("included");
    const back = comparisonFromLocation({ search: "", hash: new URL(withAnswers.url).hash });
    expect(back.kind === "ok" && back.recordings).toEqual([recording, null]);
    expect(withAnswers.url).not.toMatch(/sk-|x-api-key/i);
  });

  it("refuses damaged and hostile comparison links with a message", () => {
    expect(comparisonFromLocation({ search: "", hash: "#c=%%%" })).toMatchObject({
      kind: "invalid",
    });
    const one = createComparisonLink(
      shared,
      { columns: [newColumn("a"), newColumn("b")] },
      "https://x/",
    );
    const tooMany = createComparisonLink(
      shared,
      { columns: Array.from({ length: 11 }, () => newColumn("a")) },
      "https://x/",
    );
    expect(comparisonFromLocation({ search: "", hash: new URL(one.url).hash }).kind).toBe("ok");
    expect(comparisonFromLocation({ search: "", hash: new URL(tooMany.url).hash })).toMatchObject({
      kind: "invalid",
      error: expect.stringContaining("comparison link"),
    });
  });
});

describe("summary row", () => {
  it("marks the lowest times, tokens and cost and the highest rate, ties shared", () => {
    const best = bestColumns([
      { ttftMs: 100, tokensPerSecond: 50, totalMs: 900, tokens: 30, costUsd: 0.002 },
      { ttftMs: 80, tokensPerSecond: 70, totalMs: 900, tokens: 40 },
      {},
    ]);
    expect(best).toEqual({
      ttftMs: [1],
      tokensPerSecond: [1],
      totalMs: [0, 1],
      tokens: [0],
      costUsd: [],
    });
  });
});
