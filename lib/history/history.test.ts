import { describe, expect, it } from "vitest";
import { defaultRequest } from "@/lib/anthropic/request";
import {
  entriesOverLimit,
  firstLine,
  type HistoryEntry,
  promptLine,
  searchHistory,
} from "@/lib/history/history";

function entry(n: number, patch: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id: `e${n}`,
    finishedAt: n * 1000,
    status: "done",
    model: "anthropic/claude-sonnet-4.5",
    prompt: `prompt ${n}`,
    preview: `answer ${n}`,
    durationMs: 10,
    starred: false,
    chars: 100,
    ...patch,
  };
}

describe("searchHistory", () => {
  const entries = [
    entry(1, { title: "Cats essay", prompt: "Write about cats" }),
    entry(2, { model: "openai/gpt-5-mini", status: "error", preview: "Overloaded" }),
    entry(3, { prompt: "Tell me about tea", preview: "Tea is a drink" }),
  ];
  it("matches every word against name, prompt, answer, model and status", () => {
    expect(searchHistory(entries, "cats").map((e) => e.id)).toEqual(["e1"]);
    expect(searchHistory(entries, "essay CATS").map((e) => e.id)).toEqual(["e1"]);
    expect(searchHistory(entries, "gpt-5 error").map((e) => e.id)).toEqual(["e2"]);
    expect(searchHistory(entries, "drink").map((e) => e.id)).toEqual(["e3"]);
    expect(searchHistory(entries, "tea cats")).toEqual([]);
    expect(searchHistory(entries, "  ")).toHaveLength(3);
  });
});

describe("entriesOverLimit", () => {
  it("drops the oldest unstarred entries until the rest fit", () => {
    const entries = [entry(4), entry(3), entry(2, { starred: true }), entry(1)];
    const drop = entriesOverLimit(entries, { maxChars: 250, maxEntries: 10 });
    expect(drop.map((e) => e.id)).toEqual(["e1", "e3"]);
  });
  it("also keeps to the count, and never drops a starred entry", () => {
    const entries = [entry(3, { starred: true }), entry(2, { starred: true }), entry(1)];
    expect(entriesOverLimit(entries, { maxChars: 1e9, maxEntries: 2 }).map((e) => e.id)).toEqual([
      "e1",
    ]);
    expect(entriesOverLimit(entries, { maxChars: 50, maxEntries: 1 }).map((e) => e.id)).toEqual([
      "e1",
    ]);
  });
  it("drops nothing under the limits", () => {
    expect(entriesOverLimit([entry(1)], { maxChars: 100, maxEntries: 1 })).toEqual([]);
  });
});

describe("promptLine", () => {
  it("is the first line of the last user turn's text", () => {
    const request = defaultRequest();
    request.body.messages = [
      { role: "user", content: "first" },
      { role: "assistant", content: "reply" },
      { role: "user", content: [{ type: "text", text: "\n  second line one\nline two" }] },
    ];
    expect(promptLine(request)).toBe("second line one");
    expect(firstLine("\n\n")).toBe("");
  });
});
