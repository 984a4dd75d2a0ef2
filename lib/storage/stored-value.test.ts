import { afterEach, describe, expect, it } from "vitest";
import { browserStorage, readStored, removeStored, writeStored } from "@/lib/storage/stored-value";
import { memoryStorage } from "@/lib/testing/memory-storage";

const KEY = "test:key";

/** Puts a `window` with these storages on globalThis; a getter that throws is blocked storage. */
function fakeWindow(storages: { localStorage: () => Storage; sessionStorage: () => Storage }) {
  const window = {};
  for (const [name, get] of Object.entries(storages)) {
    Object.defineProperty(window, name, { get, configurable: true });
  }
  Object.defineProperty(globalThis, "window", { value: window, configurable: true });
}

const blocked = (): never => {
  throw new DOMException("The operation is insecure.", "SecurityError");
};

afterEach(() => {
  // @ts-expect-error: the tests run in node, where there is no window
  delete globalThis.window;
});

describe("stored values", () => {
  it("find nothing and keep nothing where there is no window (the server)", () => {
    expect(browserStorage("local")).toBeNull();
    expect(readStored("local", KEY)).toBeNull();
    expect(writeStored("local", KEY, "x")).toBe(false);
    expect(() => removeStored("local", KEY)).not.toThrow();
  });

  it("round trip, each kind in its own storage", () => {
    const local = memoryStorage();
    const session = memoryStorage();
    fakeWindow({ localStorage: () => local, sessionStorage: () => session });
    expect(readStored("local", KEY)).toBeNull();
    expect(writeStored("local", KEY, "kept")).toBe(true);
    expect(readStored("local", KEY)).toBe("kept");
    expect(readStored("session", KEY)).toBeNull();
    expect(writeStored("session", KEY, "visit")).toBe(true);
    expect(session.getItem(KEY)).toBe("visit");
    removeStored("local", KEY);
    expect(readStored("local", KEY)).toBeNull();
    expect(readStored("session", KEY)).toBe("visit");
  });

  it("read null and report writes false where storage is blocked", () => {
    fakeWindow({ localStorage: blocked, sessionStorage: blocked });
    expect(browserStorage("local")).toBeNull();
    expect(browserStorage("session")).toBeNull();
    expect(readStored("local", KEY)).toBeNull();
    expect(writeStored("session", KEY, "x")).toBe(false);
    expect(() => removeStored("local", KEY)).not.toThrow();
  });

  it("report a write to a full storage false and keep what was there", () => {
    const local = memoryStorage(10);
    fakeWindow({ localStorage: () => local, sessionStorage: () => memoryStorage() });
    expect(writeStored("local", KEY, "short")).toBe(true);
    expect(writeStored("local", KEY, "far too long for the quota")).toBe(false);
    expect(readStored("local", KEY)).toBe("short");
  });

  it("read null where the storage itself throws on reading", () => {
    const throwing: Storage = { ...memoryStorage(), getItem: blocked, removeItem: blocked };
    fakeWindow({ localStorage: () => throwing, sessionStorage: () => throwing });
    expect(readStored("local", KEY)).toBeNull();
    expect(() => removeStored("session", KEY)).not.toThrow();
  });
});
