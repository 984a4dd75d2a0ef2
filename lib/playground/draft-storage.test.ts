import { describe, expect, it } from "vitest";
import { defaultRequest } from "@/lib/anthropic/request";
import { DRAFT_STORAGE_KEY, loadDraft, saveDraft } from "@/lib/playground/draft-storage";
import { memoryStorage } from "@/lib/testing/memory-storage";

describe("draft storage", () => {
  it("saves and loads the request", () => {
    const storage = memoryStorage();
    const request = { ...defaultRequest(), betas: ["context-1m-2025-08-07"] };
    request.body.model = "openai/gpt-5";
    expect(saveDraft(storage, request)).toBe(true);
    expect(loadDraft(storage)).toEqual(request);
  });

  it("returns null when nothing is saved", () => {
    expect(loadDraft(memoryStorage())).toBeNull();
  });

  it.each([
    ["not JSON", "{oops"],
    ["null", "null"],
    ["a number", "42"],
    ["no messages", JSON.stringify({ body: { model: "m", max_tokens: 1 }, betas: [] })],
    [
      "a bad role",
      JSON.stringify({
        body: { model: "m", max_tokens: 1, messages: [{ role: "x", content: "" }] },
      }),
    ],
  ])("treats %s as no draft", (_label, raw) => {
    const storage = memoryStorage();
    storage.setItem(DRAFT_STORAGE_KEY, raw);
    expect(loadDraft(storage)).toBeNull();
  });

  it("fills in missing betas", () => {
    const storage = memoryStorage();
    storage.setItem(DRAFT_STORAGE_KEY, JSON.stringify({ body: defaultRequest().body }));
    expect(loadDraft(storage)?.betas).toEqual([]);
  });

  it("reports a full storage instead of throwing", () => {
    expect(saveDraft(memoryStorage(10), defaultRequest())).toBe(false);
  });
});
