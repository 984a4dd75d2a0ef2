import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";

/** The repository root (this file is lib/code/testing/work-dir.ts). */
export const REPO_ROOT = path.resolve(__dirname, "../../..");

/**
 * A temporary directory inside the repository's node_modules/.cache: Node and TypeScript find
 * the installed SDK from there, while the project's tsc, Biome and git never see the files.
 */
export function makeWorkDir(prefix: string): { dir: string; remove(): void } {
  const cache = path.join(REPO_ROOT, "node_modules", ".cache");
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(path.join(cache, `${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
