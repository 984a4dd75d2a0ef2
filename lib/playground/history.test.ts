import { describe, expect, it } from "vitest";
import { defaultRequest } from "@/lib/anthropic/request";
import {
  addToHistory,
  clearHistory,
  firstLine,
  HISTORY_LIMIT,
  HISTORY_STORAGE_KEY,
  loadHistory,
  promptLine,
} from "@/lib/playground/history";
import type { RunOutcome } from "@/lib/playground/run-outcome";
import { memoryStorage } from "@/lib/testing/memory-storage";

function outcome(n: number, imageChars = 0): RunOutcome {
  const request = defaultRequest();
  if (imageChars) {
    request.body.messages = [
      {
        role: "user",
        content: [
          { type: "text", text: `prompt ${n}` },
          {
            type: "image",
            source: { type: "base64", media_type: "image/png", data: "B".repeat(imageChars) },
          },
        ],
      },
    ];
  }
  return { request, finishedAt: n, status: "done", preview: `answer ${n}`, durationMs: 10 };
}

describe("history", () => {
  it("keeps runs newest first", () => {
    const storage = memoryStorage();
    addToHistory(storage, outcome(1), "a");
    addToHistory(storage, outcome(2), "b");
    expect(loadHistory(storage).map((entry) => entry.id)).toEqual(["b", "a"]);
  });

  it("caps at the limit, dropping the oldest", () => {
    const storage = memoryStorage();
    for (let n = 1; n <= HISTORY_LIMIT + 5; n++) addToHistory(storage, outcome(n), `id${n}`);
    const entries = loadHistory(storage);
    expect(entries).toHaveLength(HISTORY_LIMIT);
    expect(entries[0]?.id).toBe(`id${HISTORY_LIMIT + 5}`);
    expect(entries.at(-1)?.id).toBe("id6");
  });

  it("drops image data first when storage is full, and says so", () => {
    const storage = memoryStorage(30_000);
    addToHistory(storage, outcome(1, 16_000), "a");
    const save = addToHistory(storage, outcome(2, 16_000), "b");
    expect(save.note).toMatch(/storage is full/);
    const entries = loadHistory(storage);
    expect(entries.map((entry) => entry.id)).toEqual(["b", "a"]);
    expect(entries.every((entry) => entry.mediaDropped)).toBe(true);
    expect(JSON.stringify(entries)).not.toContain("BBBB");
  });

  it("treats corrupt storage as empty and skips malformed entries", () => {
    const storage = memoryStorage();
    storage.setItem(HISTORY_STORAGE_KEY, "{not json");
    expect(loadHistory(storage)).toEqual([]);
    storage.setItem(HISTORY_STORAGE_KEY, JSON.stringify([{ id: "x" }, 5, null]));
    expect(loadHistory(storage)).toEqual([]);
    addToHistory(storage, outcome(3), "ok");
    expect(loadHistory(storage).map((entry) => entry.id)).toEqual(["ok"]);
  });

  it("clears", () => {
    const storage = memoryStorage();
    addToHistory(storage, outcome(1), "a");
    clearHistory(storage);
    expect(loadHistory(storage)).toEqual([]);
  });
});

describe("history summaries", () => {
  it("shows the first non-empty line of the last user turn", () => {
    const request = defaultRequest();
    request.body.messages = [
      { role: "user", content: "first question" },
      { role: "assistant", content: "answer" },
      { role: "user", content: [{ type: "text", text: "\n  second question\nmore" }] },
    ];
    expect(promptLine(request)).toBe("second question");
  });

  it("names a non-text block when there is no text", () => {
    const request = defaultRequest();
    request.body.messages = [
      {
        role: "user",
        content: [{ type: "image", source: { type: "url", url: "https://x.test/a.png" } }],
      },
    ];
    expect(promptLine(request)).toBe("[image]");
    expect(firstLine("\n\nhello\nworld")).toBe("hello");
  });
});
