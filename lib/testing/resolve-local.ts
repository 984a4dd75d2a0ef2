import { existsSync, statSync } from "node:fs";
import path from "node:path";

/** The repository's root, which the `@/` alias names (tsconfig.json, vitest.config.ts). */
export const REPO_ROOT = path.resolve(__dirname, "../..");

const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];
const CODE = /\.(tsx?|mts|cts)$/;

/** The project's source file an import specifier names, or null for a package or a non-code file. */
export function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(REPO_ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const extension of EXTENSIONS) {
    const file = base + extension;
    if (CODE.test(file) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}
