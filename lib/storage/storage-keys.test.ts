import { describe, expect, it } from "vitest";
import { DATABASE_NAMES, STORAGE_KEYS } from "@/lib/storage/storage-keys";

describe("the storage key registry", () => {
  it("gives every web storage key its own string", () => {
    const keys = Object.values(STORAGE_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("gives every IndexedDB database its own name", () => {
    const names = Object.values(DATABASE_NAMES);
    expect(new Set(names).size).toBe(names.length);
  });
});
