import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATABASE_NAMES, STORAGE_KEYS } from "@/lib/storage/storage-keys";
import { REPO_ROOT } from "@/lib/testing/resolve-local";

function sourceFiles(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, found);
    else if (/\.(tsx?|mjs)$/.test(entry.name)) found.push(full);
  }
  return found;
}

const asPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("the storage key registry", () => {
  it("gives every web storage key its own string", () => {
    const keys = Object.values(STORAGE_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("gives every IndexedDB database its own name", () => {
    const names = Object.values(DATABASE_NAMES);
    expect(new Set(names).size).toBe(names.length);
  });

  it("is the only module that spells a key", () => {
    const self = path.join(REPO_ROOT, "lib/storage/storage-keys.ts");
    // A key as a whole string literal, or a template that starts with it.
    const literals = Object.values(STORAGE_KEYS).map(
      (key) => new RegExp(`(["'\`])${asPattern(key)}(\\1|\\$\\{)`),
    );
    const spelled = ["app", "components", "lib", "e2e"]
      .flatMap((dir) => sourceFiles(path.join(REPO_ROOT, dir)))
      .filter((file) => file !== self)
      .map((file) => path.relative(REPO_ROOT, file).split(path.sep).join("/"))
      .filter((file) => {
        const text = readFileSync(path.join(REPO_ROOT, file), "utf8");
        return literals.some((literal) => literal.test(text));
      });
    expect(spelled).toEqual([]);
  });
});
