import { describe, expect, it } from "vitest";
import {
  loadRecentModels,
  MAX_RECENT_MODELS,
  rememberRecentModel,
} from "@/lib/models/recent-models";
import { STORAGE_KEYS } from "@/lib/storage/storage-keys";
import { memoryStorage } from "@/lib/testing/memory-storage";

describe("recent models", () => {
  it("puts the latest first without duplicates", () => {
    const storage = memoryStorage();
    rememberRecentModel(storage, "a/1");
    rememberRecentModel(storage, "b/2");
    expect(rememberRecentModel(storage, "a/1")).toEqual(["a/1", "b/2"]);
    expect(loadRecentModels(storage)).toEqual(["a/1", "b/2"]);
  });

  it("keeps at most the limit", () => {
    const storage = memoryStorage();
    for (let n = 0; n < MAX_RECENT_MODELS + 3; n++) rememberRecentModel(storage, `m/${n}`);
    const recent = loadRecentModels(storage);
    expect(recent).toHaveLength(MAX_RECENT_MODELS);
    expect(recent[0]).toBe(`m/${MAX_RECENT_MODELS + 2}`);
  });

  it("ignores blank ids and corrupt storage", () => {
    const storage = memoryStorage();
    expect(rememberRecentModel(storage, "  ")).toEqual([]);
    storage.setItem(STORAGE_KEYS.recentModels, '{"a":1}');
    expect(loadRecentModels(storage)).toEqual([]);
    storage.setItem(STORAGE_KEYS.recentModels, '["ok/1", 3, null]');
    expect(loadRecentModels(storage)).toEqual(["ok/1"]);
  });
});
